package dev.curate.reddit.dump;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class PagePopulatorTest {
  /** Run in a JVM of its own: binds the call and says how that went. */
  public static void main(String[] args) {
    try {
      PagePopulator.linux();
      System.out.println("bound");
    } catch (LinkageError e) {
      System.out.println("cannot bind: " + e.getClass().getSimpleName());
    }
  }

  private static String bindInAJvm(String... options) throws Exception {
    java.util.List<String> command =
        new java.util.ArrayList<>(
            java.util.List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
    command.addAll(java.util.List.of(options));
    command.addAll(
        java.util.List.of(
            "-cp", System.getProperty("java.class.path"), PagePopulatorTest.class.getName()));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor()).as(output).isZero();
    return output.strip();
  }

  @Test
  void whereJnaCannotLoadTheCallFailsToBindAtOnceNotAtItsFirstUse() throws Exception {
    // JNA may neither use a system copy nor unpack the jar's.
    assertThat(bindInAJvm("-Djna.nosys=true", "-Djna.noclasspath=true"))
        .isEqualTo("cannot bind: UnsatisfiedLinkError");
  }

  @Test
  void onLinuxItBindsAndPopulatesWithoutChangingAByte() throws Exception {
    assumeTrue(System.getProperty("os.name").startsWith("Linux"), "Linux");
    assertThat(bindInAJvm()).isEqualTo("bound");

    // Memory with something in it: populating it must leave that as it is.
    try (com.sun.jna.Memory memory = new com.sun.jna.Memory(8 << 20)) {
      for (long i = 0; i < memory.size(); i += 4096) {
        memory.setByte(i, (byte) (i >>> 12));
      }
      long page = com.sun.jna.Pointer.nativeValue(memory) + 4095 & ~4095L;
      int error = PagePopulator.linux().populate(page, 4 << 20);
      assumeTrue(error != 22, "a kernel before 5.14");

      assertThat(error).isZero();
      for (long i = 0; i < memory.size(); i += 4096) {
        assertThat(memory.getByte(i)).isEqualTo((byte) (i >>> 12));
      }
    }
  }
}
