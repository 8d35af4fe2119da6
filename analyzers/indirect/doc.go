// Package indirect defines an analyzer that follows biometric capability
// across packages: it reports the calls of functions of other packages
// that, directly or through further calls, use catalogued biometric
// symbols.
//
// # Analyzer indirect
//
// indirect: reports calls of other packages' functions that reach face, emotion or voice biometric SDK calls
//
// Teams hide vendors behind their own names: photosvc.Match calls
// Rekognition's CompareFaces. The analyzer gives every function, method,
// package-level function variable and struct field of function type that
// reaches a catalogued symbol an object fact with the category and the
// shortest chain down to the SDK, and reports each call of such an object
// from another package, with the chain as related information:
//
//	handler.go:12:2: AWS Rekognition (AWS SDK for Go v2): photosvc.Match
//	    performs face recognition via rekognition.Client.CompareFaces, ...
//	    (indirect use, 2 steps down to the SDK)
//	photosvc/match.go:9:9: photosvc.Match calls photosvc.compare
//	photosvc/compare.go:7:9: photosvc.compare calls rekognition.Client.CompareFaces
//
// It follows calls and references of functions and methods (pointer and
// value receivers, methods promoted through embedding, generic
// instantiations), function values stored in variables and struct fields
// where the assignment is visible, function literals (a function that
// defines a closure has the closure's capability), and calls of interface
// methods whose implementations among the named types of the calling
// package and its dependencies are all capable. Recursion and cycles end.
//
// Calls within one package are not reported: the direct use at the end of
// the chain is, by sdksymbol. Facts arise only in packages that import,
// directly or not, a catalogued package of another module than their own
// (Scope): biometriclint loads only those dependencies from source, the
// rest from export data. See docs/indirect.md for what is not followed.
package indirect
