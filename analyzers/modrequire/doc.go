// Package modrequire defines an analyzer that reports the modules a
// go.mod requires that exist only for biometrics.
//
// # Analyzer modrequire
//
// modrequire: reports requirements of biometric modules in go.mod and vendor/modules.txt
//
// A module requirement is evidence at the module level, the evidence
// gomodguard gives: go-face, pigo, a voice ID SDK in go.mod mean the
// program ships biometric code, even when the packages that use it are
// built only for some platforms. The analyzer reports each requirement
// (direct or // indirect, with its version) of a module that exists for
// biometrics, as the catalog marks it (dedicated: true on the module; see
// catalog.Catalog.Module), at its go.mod line, with the most restricted
// category of its packages. Modules that also serve other purposes (gocv,
// the AWS, Azure, Google and Huawei Cloud SDKs, an SDK's core module) are
// not reported: the sdksymbol and sdkimport analyzers report the uses of
// their biometric packages.
// Modules that vendor/modules.txt lists and go.mod does not (vendoring
// by Go 1.16 and older lists indirect modules only there) are reported
// at their modules.txt line.
//
// The go command runs analyzers package by package, and go.mod belongs
// to no package: so that each requirement is reported once, only one
// package reports it, the first of the module in the order of a walk of
// the module's directory tree (the root directory first, then
// subdirectories in lexical order; testdata, vendor, directories starting
// with . or _ and nested modules skipped), and not its test variant.
// Every driver and every run agree on it, since the choice depends only
// on the files. Analyze the module's packages including that one
// (./... from the module root) to get the module-level findings.
package modrequire
