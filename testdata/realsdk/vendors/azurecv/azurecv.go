// Package azurecv asks Azure Computer Vision for the faces of an image,
// whose age and gender it estimates, next to tags, which are not biometric.
package azurecv

import "github.com/Azure/azure-sdk-for-go/services/cognitiveservices/v2.1/computervision"

func Features() []computervision.VisualFeatureTypes {
	return []computervision.VisualFeatureTypes{computervision.VisualFeatureTypesTags, computervision.VisualFeatureTypesFaces} // want `computervision\.VisualFeatureTypesFaces .*\[biometric-categorisation;`
}

func Ages(a computervision.ImageAnalysis) (ages []int32) {
	for _, f := range *a.Faces { // want `computervision\.ImageAnalysis\.Faces .*\[biometric-categorisation;`
		ages = append(ages, *f.Age)
	}
	_ = a.Tags
	return ages
}
