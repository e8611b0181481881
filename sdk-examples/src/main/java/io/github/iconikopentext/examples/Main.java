package io.github.iconikopentext.examples;

/**
 * Entry point of the examples jar: {@code demo} runs the end-to-end story on embedded simulators.
 *
 * <p>Until the capability modules land, the demo prints what it will show and exits 0.
 */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    String command = args.length == 0 ? "demo" : args[0];
    if (!command.equals("demo")) {
      System.err.println("usage: demo");
      System.exit(2);
    }
    System.out.println("iconik-opentext SDK demo (placeholder): the end-to-end story on embedded simulators"
        + " arrives with the examples issue.");
  }
}
