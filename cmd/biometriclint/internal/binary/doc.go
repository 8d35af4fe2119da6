// Package binary reads Go executables (ELF, Mach-O, PE, for any GOOS and
// GOARCH) and container images (docker save tarballs, plain or gzipped,
// OCI image layouts and OCI archives)
// for evidence of biometric capabilities, without running anything it
// reads: the catalogued functions and methods linked in (from the pclntab,
// which survives -s -w), the modules that exist only for biometrics (from
// the build info), and the endpoints and model file names in the data
// sections, matched with the catalog's own matchers.
//
// Reading is separate from reporting: Scan returns what each executable
// holds and what could not be read; Report turns that into an
// output.Report, the same as the other commands produce.
package binary
