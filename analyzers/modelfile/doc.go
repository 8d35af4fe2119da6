// Package modelfile defines an analyzer that reports face and emotion
// model files that Go code loads or embeds.
//
// # Analyzer modelfile
//
// modelfile: reports face and emotion model files named or embedded by Go code
//
// Generic inference runtimes (gocv's ReadNet and CascadeClassifier,
// onnxruntime_go, onnx-go) become face or emotion systems through the
// model they load. The analyzer reports the string expressions that name
// a catalogued model file, folded from constants like the endpoint
// analyzer does ("models/" + "emotion-ferplus-8.onnx", filepath.Join
// arguments, download URLs), and the //go:embed directives whose patterns
// name one or embed one: Haar and LBP face cascades, YuNet, SFace and the
// OpenCV SSD face detector, dlib's landmark, ResNet and CNN models, FER+,
// the OpenVINO emotion, age-gender and face models, InsightFace packs
// (genderage.onnx is biometric categorisation), anti-spoofing models and
// pigo's cascades. The model decides the category.
//
// File names compare by their last path elements, ignoring case, a query
// string and a .bz2, .gz or .zip suffix. Directives whose patterns are
// globs or directories are expanded on disk, relative to the file, as the
// go command does. Models for other objects (a cat face or number plate
// cascade, a generic classifier.onnx) and generic names shared by
// unrelated models (deploy.prototxt) are not reported. Files excluded by
// the build are read too.
package modelfile
