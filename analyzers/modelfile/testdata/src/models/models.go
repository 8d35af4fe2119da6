// Package models loads face and emotion models the way applications do.
package models

import (
	"embed"
	"fmt"
	"path/filepath"
)

const modelDir = "/opt/models"

// Cascade is the face cascade gocv's CascadeClassifier.Load reads.
var Cascade = filepath.Join(modelDir, "haarcascade_frontalface_default.xml") // want `OpenCV Haar and LBP face cascades: "haarcascade_frontalface_default.xml" is a Haar cascade face detector \[face-detection; EU AI Act Art. 3\(34\)\]`

// Emotion is the FER+ model, built from constants.
const Emotion = modelDir + "/emotion-ferplus-8.onnx" // want `FER\+ emotion recognition: "/opt/models/emotion-ferplus-8.onnx" is the FER\+ facial emotion recognition model \[emotion-recognition;`

// AgeGender downloads InsightFace's age and gender model.
func AgeGender(version string) string {
	return fmt.Sprintf("https://example.org/insightface/%s/genderage.onnx?download=1", version) // want `"https://example.org/insightface/…/genderage.onnx\?download=1" is the InsightFace age and gender model \[biometric-categorisation;`
}

// Dlib names go-face's models.
var Dlib = []string{
	"shape_predictor_5_face_landmarks.dat",          // want `dlib face models: "shape_predictor_5_face_landmarks.dat" is a dlib facial landmark model \[face-detection;`
	"dlib_face_recognition_resnet_model_v1.dat.bz2", // want `"dlib_face_recognition_resnet_model_v1.dat.bz2" is the dlib ResNet face recognition model \(face descriptors\) \[face-recognition;`
	`C:\models\MMOD_HUMAN_FACE_DETECTOR.dat`,        // want `is the dlib CNN face detector`
}

// Pigo is pigo's face finder cascade.
const Pigo = "cascade/facefinder" // want `pigo cascades: "cascade/facefinder" is the pigo face detection cascade \[face-detection;`

// Liveness is an anti-spoofing model.
const Liveness = "minifasnet_v2.onnx" // want `\[face-liveness;`

// Assets embeds a model directory: YuNet is in it, and so are unrelated models.
//
//go:embed assets
var Assets embed.FS // want `OpenCV DNN face models \(YuNet, SFace, SSD, Facemark LBF\): //go:embed assets \(assets/face_detection_yunet_2023mar.onnx\) is the YuNet face detection model \[face-detection;`

//go:embed cascades/haarcascade_frontalface_alt2.xml
var FaceCascade []byte // want `//go:embed cascades/haarcascade_frontalface_alt2.xml is a Haar cascade face detector`
