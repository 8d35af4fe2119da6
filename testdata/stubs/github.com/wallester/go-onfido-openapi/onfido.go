// Package onfido_openapi is a stub of github.com/wallester/go-onfido-openapi
// (a Go client of the Onfido API v3.6 generated from Onfido's OpenAPI
// specification), which the module proxy does not serve at any version;
// the repository has no tags.
//
// Where it was read: the public repository wallester/go-onfido-openapi,
// client.go, configuration.go and api_default.go at commit
// 67ef914f5fe4978782f4367a443dad85a86af384. Only the exported API that
// biometriclint's catalog names, and the calls its tests use, is
// reproduced, with the real signatures; the result types are reduced to
// their names. Bodies return zero values and nothing here calls a service.
package onfido_openapi

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
	LivePhoto      struct{}
	LivePhotosList struct{}
	LiveVideo      struct{}
	LiveVideosList struct{}
	ApplicantsList struct{}
)

type ApiUploadLivePhotoRequest struct {
	ctx                context.Context
	ApiService         *DefaultAPIService
	applicantId        *string
	file               *os.File
	advancedValidation *bool
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
	ctx         context.Context
	ApiService  *DefaultAPIService
	applicantId *string
}

func (r ApiListLivePhotosRequest) ApplicantId(applicantId string) ApiListLivePhotosRequest { return r }
func (r ApiListLivePhotosRequest) Execute() (*LivePhotosList, *http.Response, error) {
	return nil, nil, nil
}

// ListLivePhotos lists the live photos of an applicant.
func (a *DefaultAPIService) ListLivePhotos(ctx context.Context) ApiListLivePhotosRequest {
	return ApiListLivePhotosRequest{}
}

type ApiFindLivePhotoRequest struct {
	ctx         context.Context
	ApiService  *DefaultAPIService
	livePhotoId string
}

func (r ApiFindLivePhotoRequest) Execute() (*LivePhoto, *http.Response, error) { return nil, nil, nil }

// FindLivePhoto retrieves a live photo.
func (a *DefaultAPIService) FindLivePhoto(ctx context.Context, livePhotoId string) ApiFindLivePhotoRequest {
	return ApiFindLivePhotoRequest{}
}

type ApiDownloadLivePhotoRequest struct {
	ctx         context.Context
	ApiService  *DefaultAPIService
	livePhotoId string
}

func (r ApiDownloadLivePhotoRequest) Execute() (*os.File, *http.Response, error) {
	return nil, nil, nil
}

// DownloadLivePhoto downloads a live photo.
func (a *DefaultAPIService) DownloadLivePhoto(ctx context.Context, livePhotoId string) ApiDownloadLivePhotoRequest {
	return ApiDownloadLivePhotoRequest{}
}

type ApiListLiveVideosRequest struct {
	ctx         context.Context
	ApiService  *DefaultAPIService
	applicantId *string
}

func (r ApiListLiveVideosRequest) ApplicantId(applicantId string) ApiListLiveVideosRequest { return r }
func (r ApiListLiveVideosRequest) Execute() (*LiveVideosList, *http.Response, error) {
	return nil, nil, nil
}

// ListLiveVideos lists the live videos of an applicant.
func (a *DefaultAPIService) ListLiveVideos(ctx context.Context) ApiListLiveVideosRequest {
	return ApiListLiveVideosRequest{}
}

type ApiFindLiveVideoRequest struct {
	ctx         context.Context
	ApiService  *DefaultAPIService
	liveVideoId string
}

func (r ApiFindLiveVideoRequest) Execute() (*LiveVideo, *http.Response, error) { return nil, nil, nil }

// FindLiveVideo retrieves a live video.
func (a *DefaultAPIService) FindLiveVideo(ctx context.Context, liveVideoId string) ApiFindLiveVideoRequest {
	return ApiFindLiveVideoRequest{}
}

type ApiDownloadLiveVideoRequest struct {
	ctx         context.Context
	ApiService  *DefaultAPIService
	liveVideoId string
}

func (r ApiDownloadLiveVideoRequest) Execute() (*os.File, *http.Response, error) {
	return nil, nil, nil
}

// DownloadLiveVideo downloads a live video.
func (a *DefaultAPIService) DownloadLiveVideo(ctx context.Context, liveVideoId string) ApiDownloadLiveVideoRequest {
	return ApiDownloadLiveVideoRequest{}
}

type ApiDownloadLiveVideoFrameRequest struct {
	ctx         context.Context
	ApiService  *DefaultAPIService
	liveVideoId string
}

func (r ApiDownloadLiveVideoFrameRequest) Execute() (*os.File, *http.Response, error) {
	return nil, nil, nil
}

// DownloadLiveVideoFrame downloads a frame of a live video.
func (a *DefaultAPIService) DownloadLiveVideoFrame(ctx context.Context, liveVideoId string) ApiDownloadLiveVideoFrameRequest {
	return ApiDownloadLiveVideoFrameRequest{}
}

type ApiListApplicantsRequest struct {
	ctx            context.Context
	ApiService     *DefaultAPIService
	page           *int32
	perPage        *int32
	includeDeleted *bool
}

func (r ApiListApplicantsRequest) Page(page int32) ApiListApplicantsRequest       { return r }
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
