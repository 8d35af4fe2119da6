package p

import (
	_ "example.com/acme/faceid" // want `Acme FaceID: import "example.com/acme/faceid" finds faces in camera frames \[face-detection;`
	//biometriclint:allow go-face -- enrolment kiosk, DPIA-7
	_ "github.com/Kagami/go-face"
)

//biometriclint:allow emotion-recognition -- nothing here recognises emotions
var x = 1
