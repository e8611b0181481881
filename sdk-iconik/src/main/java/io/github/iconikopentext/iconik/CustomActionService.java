package io.github.iconikopentext.iconik;

import io.github.iconikopentext.iconik.internal.Responses;
import io.github.iconikopentext.core.internal.Args;
import io.github.iconikopentext.iconik.internal.CustomActionsApi;
import io.github.iconikopentext.iconik.model.CustomAction;
import io.github.iconikopentext.iconik.model.CustomActionContext;
import io.github.iconikopentext.iconik.model.CustomActionRequest;
import java.util.List;
import java.util.Objects;

/**
 * iconik custom actions: menu entries that call a URL with the selected objects. Actions are addressed by their
 * {@link CustomActionContext} and id. Obtain it from {@link IconikClient#customActions()}. Every method may throw the
 * SDK's {@link io.github.iconikopentext.core.error.SdkException} subclasses. Thread-safe.
 */
public final class CustomActionService {
  private final CustomActionsApi api;

  CustomActionService(CustomActionsApi api) {
    this.api = api;
  }

  /** All custom actions of every context (not paged by iconik). */
  public List<CustomAction> list() {
    return Responses.present(api.listAll(), "the custom actions").objects();
  }

  /** The custom actions of one context. */
  public List<CustomAction> list(CustomActionContext context) {
    return Responses.present(api.list(path(context)), "the custom actions of " + context).objects();
  }

  public CustomAction get(CustomActionContext context, String actionId) {
    return Responses.present(api.get(path(context), Args.requireText(actionId, "actionId")), "custom action " + actionId);
  }

  /** Creates the action in its {@link CustomActionRequest#context()}. */
  public CustomAction create(CustomActionRequest input) {
    Objects.requireNonNull(input, "input == null");
    return Responses.present(api.create(path(input.context()), input), "the created custom action");
  }

  /** Changes the action (PATCH) to {@code input}. */
  public CustomAction update(CustomActionContext context, String actionId, CustomActionRequest input) {
    Objects.requireNonNull(input, "input == null");
    return Responses.present(api.update(path(context), Args.requireText(actionId, "actionId"), input),
        "custom action " + actionId);
  }

  public void delete(CustomActionContext context, String actionId) {
    api.delete(path(context), Args.requireText(actionId, "actionId"));
  }

  private static String path(CustomActionContext context) {
    Objects.requireNonNull(context, "context == null");
    if (context == CustomActionContext.UNKNOWN) {
      throw new IllegalArgumentException("context UNKNOWN has no custom actions path");
    }
    return context.name();
  }
}
