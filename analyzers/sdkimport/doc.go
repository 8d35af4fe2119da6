// Package sdkimport defines an analyzer that reports imports of packages
// that exist only for biometrics.
//
// # Analyzer sdkimport
//
// sdkimport: reports imports of dedicated face, emotion and voice biometric packages
//
// Some packages exist for nothing but biometrics: go-face, pigo, machinebox
// facebox, Azure Face, Tencent iai, Huawei FRS, Alibaba facebody and others
// in biometriclint's catalog. Importing one of them is a finding, whatever
// the file does with it: renamed, dot and blank imports included. The
// analyzer reads the syntax only, so it reports even when the package or
// its dependencies do not compile (a missing C library, a missing module).
//
// Files the build configuration excludes (another GOOS, a custom build
// tag, cgo files when cgo is off) are parsed and reported too, with the
// constraint that excludes them: code that ships on another platform ships.
//
// Multi-purpose packages (Rekognition, Cloud Vision, gocv) are not reported
// here: only their biometric symbols are, by the sdksymbol analyzer.
//
// To resolve a finding, remove the dependency, or record why it is allowed
// with the project's suppression directive or policy file.
package sdkimport
