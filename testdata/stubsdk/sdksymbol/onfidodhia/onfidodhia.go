// Package onfidodhia reads face motion captures and names face matching
// reports through an OpenAPI client of Onfido; a document report and an
// applicant listing with the same client are not biometric and stay silent.
package onfidodhia

import (
	"context"
	"os"

	onfido "github.com/dhia-gharsallaoui/go-onfido"
)

// Motion downloads a frame of an applicant's liveness motion capture.
func Motion(ctx context.Context, api *onfido.APIClient, capture string) (*os.File, error) {
	f, _, err := api.DefaultAPI.DownloadMotionCaptureFrame(ctx, capture).Execute() // want `openapi\.DefaultAPIService\.DownloadMotionCaptureFrame downloads a frame of a face motion capture \[face-liveness;`
	return f, err
}

// Reports lists the reports of a check that matches the face.
func Reports() []onfido.ReportName {
	return []onfido.ReportName{onfido.DOCUMENT, onfido.FACIAL_SIMILARITY_MOTION} // want `openapi\.FACIAL_SIMILARITY_MOTION names the report that matches a face motion capture .*\[face-recognition;`
}

// Applicants is the look-alike.
func Applicants(ctx context.Context, api *onfido.APIClient) error {
	_, _, err := api.DefaultAPI.ListApplicants(ctx).Page(1).Execute()
	return err
}

// DocumentOnly is the look-alike of Reports.
func DocumentOnly() []onfido.ReportName {
	return []onfido.ReportName{onfido.DOCUMENT, onfido.WATCHLIST_STANDARD}
}
