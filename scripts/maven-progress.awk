# The launcher's view of a Maven build (./curate builds target/curate.jar on first use): Maven's
# `mvn -B` output in, a few lines out, each starting "curate: build:". One per plugin goal as it
# starts ("--- compiler:3.14.0:compile (default-compile) @ curate ---" becomes "compiler:compile"),
# one when downloads begin and then one every 50 files, errors as Maven prints them, and the total
# time. Tested by dev.curate.LauncherProgressTest.
/^\[INFO\] --- / {
  step = $3; sub(/:[^:]*:/, ":", step)
  printf "curate: build: %s\n", step; fflush(); next
}
/^\[INFO\] Downloaded from / {
  n++
  if (n == 1) { print "curate: build: downloading from Maven Central (a line every 50 files)"; fflush() }
  if (n % 50 == 0) { printf "curate: build: %d files downloaded from Maven Central\n", n; fflush() }
  next
}
/^\[ERROR\]/ { print; fflush(); next }
/^\[INFO\] Total time:/ { printf "curate: build: done in %s %s\n", $4, $5; fflush() }
