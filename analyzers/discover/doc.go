// Package discover defines an analyzer that reports possible biometric
// code of vendors and libraries the catalog does not name.
//
// # Analyzer discover
//
// discover: reports possible face, emotion and voice biometrics from vendors the catalog does not name
//
// The catalog is a closed list; code that calls a face API, a voice
// verification service or a native face SDK the catalog does not know is
// still biometric. The analyzer reads names and strings for converging
// evidence and reports a possible finding (warning severity, which the
// policy may raise) when two independent kinds agree, or one strong
// signal stands alone:
//
//   - names: identifiers split into words (camelCase, snake_case) that
//     name a biometric operation: face with compare, verify, match,
//     search, identify, enrol, recognize, embedding, feature, landmark,
//     detect, liveness, anti-spoofing or attributes; emotion or
//     expression with face, image, video or voice; age with gender;
//     speaker, voiceprint or voice with verify, identify or enrol; model
//     families such as FaceNet, ArcFace or MTCNN (strong). The words of
//     a package named after faces count with its identifiers (face.Embedding);
//   - struct fields that name an operation together (Age and Gender);
//   - URL paths and operation strings that name an operation
//     ("/verification/face", "/faces/detections", "facecompare"); on a
//     host named after faces they are strong;
//   - base URLs kept in a constant or a struct field that the package joins
//     with operation paths (BaseUrl + "/enrollments/voice");
//   - import paths that name an operation or a model family;
//   - cgo: headers and libraries named after faces, C functions that name
//     an operation (C.ASFDetectFaces);
//   - model file names (mtcnn.pb, facenet.pb);
//   - modality: the input is an image, a frame or audio (image.Image,
//     bytes, files or readers named as images or audio), not text.
//
// Each message says which evidence decided it and the category it
// suggests. Words that merely contain "face" (interface, surface,
// typeface, preface, facebook, faceit), font, clock, mesh, emoji and
// network faces, text sentiment, the voices and emotions of speech
// synthesis and object detection are not evidence. Code the catalog
// covers is left to the other analyzers: files that import a catalogued
// package dedicated to biometrics, calls of catalogued SDKs, catalogued
// endpoints, native libraries and model files, and the catalogued SDKs'
// own code. The subcommand biometriclint discover prints catalog entry
// drafts for what it finds.
package discover
