// Package openapi is a stub of github.com/dhia-gharsallaoui/go-onfido (a Go
// client of the Onfido API v3.6 generated from Onfido's OpenAPI
// specification), which the module proxy does not serve at any version;
// the repository has no tags.
//
// Where it was read: the public repository dhia-gharsallaoui/go-onfido,
// client.go, configuration.go, api_default.go and model_report_name.go at
// commit 5c554a6501819e2da4e574838cd3b7c0be1c3e62. Only the exported API
// that biometriclint's catalog names, and the calls its tests use, is
// reproduced, with the real signatures; the result types are reduced to
// their names. Bodies return zero values and nothing here calls a service.
package openapi

import (
	"context"
	"net/http"
	"os"
)

// Configuration stores the configuration of the API client.
type Configuration struct {
	Host          string            `json:"host,omitempty"`
	Scheme        string            `json:"scheme,omitempty"`
	DefaultHeader map[string]string `json:"defaultHeader,omitempty"`
	UserAgent     string            `json:"userAgent,omitempty"`
	Debug         bool              `json:"debug,omitempty"`
	HTTPClient    *http.Client
}

// NewConfiguration returns a new Configuration object.
func NewConfiguration() *Configuration { return &Configuration{} }

// APIClient manages communication with the Onfido API v3.6.
type APIClient struct {
	DefaultAPI *DefaultAPIService
}

type service struct {
	client *APIClient
}

// NewAPIClient creates a new API client.
func NewAPIClient(cfg *Configuration) *APIClient { return &APIClient{DefaultAPI: &DefaultAPIService{}} }

// DefaultAPIService is the service of every Onfido operation.
type DefaultAPIService service

// Result types, reduced to their names.
type (
	LivePhoto          struct{}
	LivePhotosList     struct{}
	LiveVideosList     struct{}
	MotionCapture      struct{}
	MotionCapturesList struct{}
	ApplicantsList     struct{}
)

// ReportName the model 'ReportName'.
type ReportName string

// List of report_name.
const (
	DOCUMENT                                  ReportName = "document"
	DOCUMENT_VIDEO                            ReportName = "document_video"
	DOCUMENT_VIDEO_WITH_ADDRESS_INFORMATION   ReportName = "document_video_with_address_information"
	DOCUMENT_WITH_ADDRESS_INFORMATION         ReportName = "document_with_address_information"
	DOCUMENT_WITH_DRIVING_LICENCE_INFORMATION ReportName = "document_with_driving_licence_information"
	DOCUMENT_WITH_DRIVER_VERIFICATION         ReportName = "document_with_driver_verification"
	FACIAL_SIMILARITY_PHOTO                   ReportName = "facial_similarity_photo"
	FACIAL_SIMILARITY_PHOTO_FULLY_AUTO        ReportName = "facial_similarity_photo_fully_auto"
	FACIAL_SIMILARITY_VIDEO                   ReportName = "facial_similarity_video"
	FACIAL_SIMILARITY_MOTION                  ReportName = "facial_similarity_motion"
	KNOWN_FACES                               ReportName = "known_faces"
	IDENTITY_ENHANCED                         ReportName = "identity_enhanced"
	WATCHLIST_AML                             ReportName = "watchlist_aml"
	WATCHLIST_ENHANCED                        ReportName = "watchlist_enhanced"
	WATCHLIST_STANDARD                        ReportName = "watchlist_standard"
	WATCHLIST_PEPS_ONLY                       ReportName = "watchlist_peps_only"
	WATCHLIST_SANCTIONS_ONLY                  ReportName = "watchlist_sanctions_only"
	PROOF_OF_ADDRESS                          ReportName = "proof_of_address"
	US_DRIVING_LICENCE                        ReportName = "us_driving_licence"
	DEVICE_INTELLIGENCE                       ReportName = "device_intelligence"
	INDIA_PAN                                 ReportName = "india_pan"
)

type ApiUploadLivePhotoRequest struct {
	ctx        context.Context
	ApiService *DefaultAPIService
}

func (r ApiUploadLivePhotoRequest) ApplicantId(applicantId string) ApiUploadLivePhotoRequest {
	return r
}

func (r ApiUploadLivePhotoRequest) File(file *os.File) ApiUploadLivePhotoRequest { return r }

func (r ApiUploadLivePhotoRequest) AdvancedValidation(advancedValidation bool) ApiUploadLivePhotoRequest {
	return r
}

func (r ApiUploadLivePhotoRequest) Execute() (*LivePhoto, *http.Response, error) {
	return nil, nil, nil
}

// UploadLivePhoto uploads a live photo (a selfie) of an applicant.
func (a *DefaultAPIService) UploadLivePhoto(ctx context.Context) ApiUploadLivePhotoRequest {
	return ApiUploadLivePhotoRequest{}
}

type ApiListLivePhotosRequest struct {
	ctx        context.Context
	ApiService *DefaultAPIService
}

func (r ApiListLivePhotosRequest) ApplicantId(applicantId string) ApiListLivePhotosRequest { return r }

func (r ApiListLivePhotosRequest) Execute() (*LivePhotosList, *http.Response, error) {
	return nil, nil, nil
}

// ListLivePhotos lists the live photos of an applicant.
func (a *DefaultAPIService) ListLivePhotos(ctx context.Context) ApiListLivePhotosRequest {
	return ApiListLivePhotosRequest{}
}

type ApiDownloadLivePhotoRequest struct {
	ctx        context.Context
	ApiService *DefaultAPIService
}

func (r ApiDownloadLivePhotoRequest) Execute() (*os.File, *http.Response, error) {
	return nil, nil, nil
}

// DownloadLivePhoto downloads a live photo.
func (a *DefaultAPIService) DownloadLivePhoto(ctx context.Context, livePhotoId string) ApiDownloadLivePhotoRequest {
	return ApiDownloadLivePhotoRequest{}
}

type ApiListLiveVideosRequest struct {
	ctx        context.Context
	ApiService *DefaultAPIService
}

func (r ApiListLiveVideosRequest) ApplicantId(applicantId string) ApiListLiveVideosRequest { return r }

func (r ApiListLiveVideosRequest) Execute() (*LiveVideosList, *http.Response, error) {
	return nil, nil, nil
}

// ListLiveVideos lists the live videos of an applicant.
func (a *DefaultAPIService) ListLiveVideos(ctx context.Context) ApiListLiveVideosRequest {
	return ApiListLiveVideosRequest{}
}

type ApiDownloadLiveVideoFrameRequest struct {
	ctx        context.Context
	ApiService *DefaultAPIService
}

func (r ApiDownloadLiveVideoFrameRequest) Execute() (*os.File, *http.Response, error) {
	return nil, nil, nil
}

// DownloadLiveVideoFrame downloads a frame of a live video.
func (a *DefaultAPIService) DownloadLiveVideoFrame(ctx context.Context, liveVideoId string) ApiDownloadLiveVideoFrameRequest {
	return ApiDownloadLiveVideoFrameRequest{}
}

type ApiListMotionCapturesRequest struct {
	ctx        context.Context
	ApiService *DefaultAPIService
}

func (r ApiListMotionCapturesRequest) ApplicantId(applicantId string) ApiListMotionCapturesRequest {
	return r
}

func (r ApiListMotionCapturesRequest) Execute() (*MotionCapturesList, *http.Response, error) {
	return nil, nil, nil
}

// ListMotionCaptures lists the motion captures of an applicant.
func (a *DefaultAPIService) ListMotionCaptures(ctx context.Context) ApiListMotionCapturesRequest {
	return ApiListMotionCapturesRequest{}
}

type ApiFindMotionCaptureRequest struct {
	ctx        context.Context
	ApiService *DefaultAPIService
}

func (r ApiFindMotionCaptureRequest) Execute() (*MotionCapture, *http.Response, error) {
	return nil, nil, nil
}

// FindMotionCapture retrieves a motion capture.
func (a *DefaultAPIService) FindMotionCapture(ctx context.Context, motionCaptureId string) ApiFindMotionCaptureRequest {
	return ApiFindMotionCaptureRequest{}
}

type ApiDownloadMotionCaptureRequest struct {
	ctx        context.Context
	ApiService *DefaultAPIService
}

func (r ApiDownloadMotionCaptureRequest) Execute() (*os.File, *http.Response, error) {
	return nil, nil, nil
}

// DownloadMotionCapture downloads a motion capture.
func (a *DefaultAPIService) DownloadMotionCapture(ctx context.Context, motionCaptureId string) ApiDownloadMotionCaptureRequest {
	return ApiDownloadMotionCaptureRequest{}
}

type ApiDownloadMotionCaptureFrameRequest struct {
	ctx        context.Context
	ApiService *DefaultAPIService
}

func (r ApiDownloadMotionCaptureFrameRequest) Execute() (*os.File, *http.Response, error) {
	return nil, nil, nil
}

// DownloadMotionCaptureFrame downloads a frame of a motion capture.
func (a *DefaultAPIService) DownloadMotionCaptureFrame(ctx context.Context, motionCaptureId string) ApiDownloadMotionCaptureFrameRequest {
	return ApiDownloadMotionCaptureFrameRequest{}
}

type ApiListApplicantsRequest struct {
	ctx        context.Context
	ApiService *DefaultAPIService
}

func (r ApiListApplicantsRequest) Page(page int32) ApiListApplicantsRequest { return r }

func (r ApiListApplicantsRequest) PerPage(perPage int32) ApiListApplicantsRequest { return r }

func (r ApiListApplicantsRequest) IncludeDeleted(includeDeleted bool) ApiListApplicantsRequest {
	return r
}

func (r ApiListApplicantsRequest) Execute() (*ApplicantsList, *http.Response, error) {
	return nil, nil, nil
}

// ListApplicants lists applicants (not biometric).
func (a *DefaultAPIService) ListApplicants(ctx context.Context) ApiListApplicantsRequest {
	return ApiListApplicantsRequest{}
}
