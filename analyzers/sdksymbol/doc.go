// Package sdksymbol defines an analyzer that reports uses of catalogued
// biometric symbols of SDKs.
//
// # Analyzer sdksymbol
//
// sdksymbol: reports uses of face, emotion and voice biometric functions, methods, fields and constants of SDKs
//
// Multi-purpose SDKs do biometrics through some of their symbols only:
// Rekognition's CompareFaces but not DetectText, Cloud Vision's
// Feature_FACE_DETECTION but not Feature_LANDMARK_DETECTION (buildings),
// gocv's NewFaceRecognizerSF but not PutText. The analyzer reports every
// use of a catalogued symbol: calls, method values and method expressions,
// struct fields read or set (composite literals included), constants and
// types. Uses are resolved by the type checker, so renamed and dot imports,
// type aliases, embedding, pointer receivers and generic instantiations are
// followed, and look-alikes (a local type Face, font.Face) never match.
//
// Where the type checker cannot resolve a use, because the package or one
// of its dependencies does not compile (gocv without OpenCV, a module that
// is not downloaded), the analyzer resolves pkg.Name selectors through the
// file's imports and says so in the message. Files the build configuration
// excludes are resolved the same way.
//
// Uses inside the SDK's own module are not reported.
package sdksymbol
