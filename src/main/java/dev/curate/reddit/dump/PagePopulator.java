package dev.curate.reddit.dump;

import com.sun.jna.Native;
import com.sun.jna.Platform;
import com.sun.jna.Pointer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Maps pages of this process's memory in, writable, without writing to them: Linux's {@code
 * madvise(MADV_POPULATE_WRITE)} (5.14 and later). What is in the pages is left as it is, so it is
 * safe on memory another thread is writing to.
 */
interface PagePopulator {
  /**
   * Populates {@code [address, address + bytes)}.
   *
   * @return 0, or the error number (EINVAL from a kernel before 5.14, ENOMEM where nothing is
   *     mapped any more)
   */
  int populate(long address, long bytes);

  /**
   * Linux's, through libc, bound now: fails here with a {@link LinkageError} where JNA cannot load,
   * not at the first call.
   */
  static PagePopulator linux() {
    Madvise.bind();
    return Madvise::populateWrite;
  }

  /** The system call, bound once by JNA's direct mapping (a native method, no proxy). */
  final class Madvise {
    /** asm-generic/mman-common.h, which x86 and arm64 use. */
    private static final int MADV_POPULATE_WRITE = 23;

    /**
     * JNA's loggers, silenced before it loads: where its temporary folder is unusable it logs a
     * warning while it loads (cleaning that folder), even when it then loads the launcher's copy,
     * and curate shows other libraries' warnings on stderr. Held here: java.util.logging keeps its
     * loggers, and so their levels, only while someone does.
     */
    private static final Logger JNA_LOGGERS = Logger.getLogger("com.sun.jna");

    static {
      JNA_LOGGERS.setLevel(Level.OFF);
      Native.register(Madvise.class, Platform.C_LIBRARY_NAME);
    }

    private Madvise() {}

    /** Nothing but the class's initialisation, which binds the call. */
    static void bind() {}

    private static native int madvise(Pointer address, long length, int advice);

    static int populateWrite(long address, long bytes) {
      return madvise(new Pointer(address), bytes, MADV_POPULATE_WRITE) == 0
          ? 0
          : Native.getLastError();
    }
  }
}
