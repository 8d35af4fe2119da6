package tagged

// Model is the SFace model, for the Windows build.
const Model = `C:\models\face_recognition_sface_2021dec.onnx` // want `"C:\\\\models\\\\face_recognition_sface_2021dec.onnx" is the SFace face recognition model \[face-recognition;.*\] \(in a file excluded by the build: GOOS/GOARCH file name suffix\)`
