import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The benchmark's floor for a picocli CLI: one command, one option, picocli's standard help. */
@Command(name = "hello", mixinStandardHelpOptions = true, version = "hello 1.0",
    description = "Prints a greeting.")
public class Hello implements Runnable {
  @Option(names = {"-n", "--name"}, description = "Who to greet.")
  String name = "world";

  @Override
  public void run() {
    System.out.println("Hello, " + name + "!");
  }

  public static void main(String[] args) {
    System.exit(new CommandLine(new Hello()).execute(args));
  }
}
