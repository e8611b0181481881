package io.github.iconikopentext.integration.internal;

import io.github.iconikopentext.opentext.OpenTextClient;
import io.github.iconikopentext.opentext.cms.Category;
import io.github.iconikopentext.opentext.cms.CmsInstance;
import io.github.iconikopentext.opentext.cms.InstanceQuery;
import io.github.iconikopentext.opentext.cms.InstanceRequest;

/** Finds (and optionally creates) CMS folders by {@code /A/B} path. Not part of the API. */
public final class CmsFolders {
  /** The CMS folder type used when none is configured. */
  public static final String DEFAULT_FOLDER_TYPE = "cms_folder";

  private CmsFolders() {}

  /** The id of the folder at {@code path}, creating missing folders when {@code create}; null if absent. */
  public static String resolve(OpenTextClient client, String folderType, String path, boolean create) {
    String parent = null;
    for (String segment : path.split("/")) {
      if (segment.isBlank()) {
        continue;
      }
      String filter = "name eq '" + segment.replace("'", "''") + "'"
          + (parent == null ? "" : " and parent_folder_id eq '" + parent + "'");
      String found = null;
      for (CmsInstance folder : client.cms().list(Category.FOLDER, folderType, InstanceQuery.filter(filter))) {
        found = folder.id();
        break;
      }
      if (found == null) {
        if (!create) {
          return null;
        }
        found = client.cms().create(Category.FOLDER, folderType,
            InstanceRequest.builder(segment).parentFolderId(parent).build()).id();
      }
      parent = found;
    }
    return parent;
  }
}
