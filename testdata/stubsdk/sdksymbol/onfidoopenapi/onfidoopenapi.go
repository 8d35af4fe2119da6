// Package onfidoopenapi uploads and reads selfies and face videos through
// Onfido's generated Go client; listing applicants with the same client is
// not biometric and stays silent.
package onfidoopenapi

import (
	"context"
	"os"

	onfido "github.com/wallester/go-onfido-openapi"
)

// Selfie uploads an applicant's live photo.
func Selfie(ctx context.Context, api *onfido.APIClient, applicant string, photo *os.File) error {
	_, _, err := api.DefaultAPI.UploadLivePhoto(ctx).ApplicantId(applicant).File(photo).Execute() // want `onfido_openapi\.DefaultAPIService\.UploadLivePhoto uploads an applicant's selfie for face matching \[face-recognition;`
	return err
}

// Frame downloads a frame of a liveness video.
func Frame(ctx context.Context, api *onfido.APIClient, video string) (*os.File, error) {
	f, _, err := api.DefaultAPI.DownloadLiveVideoFrame(ctx, video).Execute() // want `onfido_openapi\.DefaultAPIService\.DownloadLiveVideoFrame downloads a frame of a face video recorded for liveness \[face-liveness;`
	return f, err
}

// Applicants is the look-alike.
func Applicants(ctx context.Context) error {
	api := onfido.NewAPIClient(onfido.NewConfiguration())
	_, _, err := api.DefaultAPI.ListApplicants(ctx).PerPage(20).Execute()
	return err
}
