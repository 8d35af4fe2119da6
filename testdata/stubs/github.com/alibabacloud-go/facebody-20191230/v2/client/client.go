// Package client is a stub of github.com/alibabacloud-go/facebody-20191230/v2/client
// (Alibaba Cloud facebody, Tea-style SDK, v2.0.18), which the module proxy
// does not serve.
//
// Where it was read: the research notes sdk-catalog.md, sections A to F,
// list this major with "the same facebody op names (+WithOptions, Advance)"
// as the served majors. The operations below are those present in both
// served neighbours, v1.1.12 and v4.0.8, with the v4.0.8 signatures
// (Op(request), OpWithOptions(request, runtime), OpAdvance(request,
// runtime)); RuntimeOptions stands for tea-utils' util.RuntimeOptions.
// Nothing here calls a service.
package client

// RuntimeOptions stands for github.com/alibabacloud-go/tea-utils/service.RuntimeOptions.
type RuntimeOptions struct{}

// Client is the facebody client.
type Client struct{}

// RecognizeExpressionRequest is the request of RecognizeExpression.
type RecognizeExpressionRequest struct {
	ImageURL *string
}

// RecognizeExpressionResponse is the response of RecognizeExpression.
type RecognizeExpressionResponse struct {
	RequestId *string
}

// RecognizeExpressionWithOptions calls RecognizeExpression with runtime options.
func (client *Client) RecognizeExpressionWithOptions(request *RecognizeExpressionRequest, runtime *RuntimeOptions) (_result *RecognizeExpressionResponse, _err error) {
	return &RecognizeExpressionResponse{}, nil
}

// RecognizeExpression calls the facebody RecognizeExpression operation.
func (client *Client) RecognizeExpression(request *RecognizeExpressionRequest) (_result *RecognizeExpressionResponse, _err error) {
	return client.RecognizeExpressionWithOptions(request, &RuntimeOptions{})
}

// RecognizeExpressionAdvanceRequest is the request of RecognizeExpressionAdvance (image as a stream).
type RecognizeExpressionAdvanceRequest struct {
	ImageURLObject any
}

// RecognizeExpressionAdvance calls RecognizeExpression with an uploaded image.
func (client *Client) RecognizeExpressionAdvance(request *RecognizeExpressionAdvanceRequest, runtime *RuntimeOptions) (_result *RecognizeExpressionResponse, _err error) {
	return &RecognizeExpressionResponse{}, nil
}

// RecognizeFaceRequest is the request of RecognizeFace.
type RecognizeFaceRequest struct {
	ImageURL *string
}

// RecognizeFaceResponse is the response of RecognizeFace.
type RecognizeFaceResponse struct {
	RequestId *string
}

// RecognizeFaceWithOptions calls RecognizeFace with runtime options.
func (client *Client) RecognizeFaceWithOptions(request *RecognizeFaceRequest, runtime *RuntimeOptions) (_result *RecognizeFaceResponse, _err error) {
	return &RecognizeFaceResponse{}, nil
}

// RecognizeFace calls the facebody RecognizeFace operation.
func (client *Client) RecognizeFace(request *RecognizeFaceRequest) (_result *RecognizeFaceResponse, _err error) {
	return client.RecognizeFaceWithOptions(request, &RuntimeOptions{})
}

// RecognizeFaceAdvanceRequest is the request of RecognizeFaceAdvance (image as a stream).
type RecognizeFaceAdvanceRequest struct {
	ImageURLObject any
}

// RecognizeFaceAdvance calls RecognizeFace with an uploaded image.
func (client *Client) RecognizeFaceAdvance(request *RecognizeFaceAdvanceRequest, runtime *RuntimeOptions) (_result *RecognizeFaceResponse, _err error) {
	return &RecognizeFaceResponse{}, nil
}

// DetectFaceRequest is the request of DetectFace.
type DetectFaceRequest struct {
	ImageURL *string
}

// DetectFaceResponse is the response of DetectFace.
type DetectFaceResponse struct {
	RequestId *string
}

// DetectFaceWithOptions calls DetectFace with runtime options.
func (client *Client) DetectFaceWithOptions(request *DetectFaceRequest, runtime *RuntimeOptions) (_result *DetectFaceResponse, _err error) {
	return &DetectFaceResponse{}, nil
}

// DetectFace calls the facebody DetectFace operation.
func (client *Client) DetectFace(request *DetectFaceRequest) (_result *DetectFaceResponse, _err error) {
	return client.DetectFaceWithOptions(request, &RuntimeOptions{})
}

// DetectFaceAdvanceRequest is the request of DetectFaceAdvance (image as a stream).
type DetectFaceAdvanceRequest struct {
	ImageURLObject any
}

// DetectFaceAdvance calls DetectFace with an uploaded image.
func (client *Client) DetectFaceAdvance(request *DetectFaceAdvanceRequest, runtime *RuntimeOptions) (_result *DetectFaceResponse, _err error) {
	return &DetectFaceResponse{}, nil
}

// BlurFaceRequest is the request of BlurFace.
type BlurFaceRequest struct {
	ImageURL *string
}

// BlurFaceResponse is the response of BlurFace.
type BlurFaceResponse struct {
	RequestId *string
}

// BlurFaceWithOptions calls BlurFace with runtime options.
func (client *Client) BlurFaceWithOptions(request *BlurFaceRequest, runtime *RuntimeOptions) (_result *BlurFaceResponse, _err error) {
	return &BlurFaceResponse{}, nil
}

// BlurFace calls the facebody BlurFace operation.
func (client *Client) BlurFace(request *BlurFaceRequest) (_result *BlurFaceResponse, _err error) {
	return client.BlurFaceWithOptions(request, &RuntimeOptions{})
}

// BlurFaceAdvanceRequest is the request of BlurFaceAdvance (image as a stream).
type BlurFaceAdvanceRequest struct {
	ImageURLObject any
}

// BlurFaceAdvance calls BlurFace with an uploaded image.
func (client *Client) BlurFaceAdvance(request *BlurFaceAdvanceRequest, runtime *RuntimeOptions) (_result *BlurFaceResponse, _err error) {
	return &BlurFaceResponse{}, nil
}

// CompareFaceRequest is the request of CompareFace.
type CompareFaceRequest struct {
	ImageURL *string
}

// CompareFaceResponse is the response of CompareFace.
type CompareFaceResponse struct {
	RequestId *string
}

// CompareFaceWithOptions calls CompareFace with runtime options.
func (client *Client) CompareFaceWithOptions(request *CompareFaceRequest, runtime *RuntimeOptions) (_result *CompareFaceResponse, _err error) {
	return &CompareFaceResponse{}, nil
}

// CompareFace calls the facebody CompareFace operation.
func (client *Client) CompareFace(request *CompareFaceRequest) (_result *CompareFaceResponse, _err error) {
	return client.CompareFaceWithOptions(request, &RuntimeOptions{})
}

// VerifyFaceMaskRequest is the request of VerifyFaceMask.
type VerifyFaceMaskRequest struct {
	ImageURL *string
}

// VerifyFaceMaskResponse is the response of VerifyFaceMask.
type VerifyFaceMaskResponse struct {
	RequestId *string
}

// VerifyFaceMaskWithOptions calls VerifyFaceMask with runtime options.
func (client *Client) VerifyFaceMaskWithOptions(request *VerifyFaceMaskRequest, runtime *RuntimeOptions) (_result *VerifyFaceMaskResponse, _err error) {
	return &VerifyFaceMaskResponse{}, nil
}

// VerifyFaceMask calls the facebody VerifyFaceMask operation.
func (client *Client) VerifyFaceMask(request *VerifyFaceMaskRequest) (_result *VerifyFaceMaskResponse, _err error) {
	return client.VerifyFaceMaskWithOptions(request, &RuntimeOptions{})
}

// VerifyFaceMaskAdvanceRequest is the request of VerifyFaceMaskAdvance (image as a stream).
type VerifyFaceMaskAdvanceRequest struct {
	ImageURLObject any
}

// VerifyFaceMaskAdvance calls VerifyFaceMask with an uploaded image.
func (client *Client) VerifyFaceMaskAdvance(request *VerifyFaceMaskAdvanceRequest, runtime *RuntimeOptions) (_result *VerifyFaceMaskResponse, _err error) {
	return &VerifyFaceMaskResponse{}, nil
}

// SearchFaceRequest is the request of SearchFace.
type SearchFaceRequest struct {
	ImageURL *string
}

// SearchFaceResponse is the response of SearchFace.
type SearchFaceResponse struct {
	RequestId *string
}

// SearchFaceWithOptions calls SearchFace with runtime options.
func (client *Client) SearchFaceWithOptions(request *SearchFaceRequest, runtime *RuntimeOptions) (_result *SearchFaceResponse, _err error) {
	return &SearchFaceResponse{}, nil
}

// SearchFace calls the facebody SearchFace operation.
func (client *Client) SearchFace(request *SearchFaceRequest) (_result *SearchFaceResponse, _err error) {
	return client.SearchFaceWithOptions(request, &RuntimeOptions{})
}

// SearchFaceAdvanceRequest is the request of SearchFaceAdvance (image as a stream).
type SearchFaceAdvanceRequest struct {
	ImageURLObject any
}

// SearchFaceAdvance calls SearchFace with an uploaded image.
func (client *Client) SearchFaceAdvance(request *SearchFaceAdvanceRequest, runtime *RuntimeOptions) (_result *SearchFaceResponse, _err error) {
	return &SearchFaceResponse{}, nil
}

// AddFaceRequest is the request of AddFace.
type AddFaceRequest struct {
	ImageURL *string
}

// AddFaceResponse is the response of AddFace.
type AddFaceResponse struct {
	RequestId *string
}

// AddFaceWithOptions calls AddFace with runtime options.
func (client *Client) AddFaceWithOptions(request *AddFaceRequest, runtime *RuntimeOptions) (_result *AddFaceResponse, _err error) {
	return &AddFaceResponse{}, nil
}

// AddFace calls the facebody AddFace operation.
func (client *Client) AddFace(request *AddFaceRequest) (_result *AddFaceResponse, _err error) {
	return client.AddFaceWithOptions(request, &RuntimeOptions{})
}

// AddFaceAdvanceRequest is the request of AddFaceAdvance (image as a stream).
type AddFaceAdvanceRequest struct {
	ImageURLObject any
}

// AddFaceAdvance calls AddFace with an uploaded image.
func (client *Client) AddFaceAdvance(request *AddFaceAdvanceRequest, runtime *RuntimeOptions) (_result *AddFaceResponse, _err error) {
	return &AddFaceResponse{}, nil
}

// AddFaceEntityRequest is the request of AddFaceEntity.
type AddFaceEntityRequest struct {
	ImageURL *string
}

// AddFaceEntityResponse is the response of AddFaceEntity.
type AddFaceEntityResponse struct {
	RequestId *string
}

// AddFaceEntityWithOptions calls AddFaceEntity with runtime options.
func (client *Client) AddFaceEntityWithOptions(request *AddFaceEntityRequest, runtime *RuntimeOptions) (_result *AddFaceEntityResponse, _err error) {
	return &AddFaceEntityResponse{}, nil
}

// AddFaceEntity calls the facebody AddFaceEntity operation.
func (client *Client) AddFaceEntity(request *AddFaceEntityRequest) (_result *AddFaceEntityResponse, _err error) {
	return client.AddFaceEntityWithOptions(request, &RuntimeOptions{})
}

// CreateFaceDbRequest is the request of CreateFaceDb.
type CreateFaceDbRequest struct {
	ImageURL *string
}

// CreateFaceDbResponse is the response of CreateFaceDb.
type CreateFaceDbResponse struct {
	RequestId *string
}

// CreateFaceDbWithOptions calls CreateFaceDb with runtime options.
func (client *Client) CreateFaceDbWithOptions(request *CreateFaceDbRequest, runtime *RuntimeOptions) (_result *CreateFaceDbResponse, _err error) {
	return &CreateFaceDbResponse{}, nil
}

// CreateFaceDb calls the facebody CreateFaceDb operation.
func (client *Client) CreateFaceDb(request *CreateFaceDbRequest) (_result *CreateFaceDbResponse, _err error) {
	return client.CreateFaceDbWithOptions(request, &RuntimeOptions{})
}

// DeleteFaceRequest is the request of DeleteFace.
type DeleteFaceRequest struct {
	ImageURL *string
}

// DeleteFaceResponse is the response of DeleteFace.
type DeleteFaceResponse struct {
	RequestId *string
}

// DeleteFaceWithOptions calls DeleteFace with runtime options.
func (client *Client) DeleteFaceWithOptions(request *DeleteFaceRequest, runtime *RuntimeOptions) (_result *DeleteFaceResponse, _err error) {
	return &DeleteFaceResponse{}, nil
}

// DeleteFace calls the facebody DeleteFace operation.
func (client *Client) DeleteFace(request *DeleteFaceRequest) (_result *DeleteFaceResponse, _err error) {
	return client.DeleteFaceWithOptions(request, &RuntimeOptions{})
}

// DeleteFaceDbRequest is the request of DeleteFaceDb.
type DeleteFaceDbRequest struct {
	ImageURL *string
}

// DeleteFaceDbResponse is the response of DeleteFaceDb.
type DeleteFaceDbResponse struct {
	RequestId *string
}

// DeleteFaceDbWithOptions calls DeleteFaceDb with runtime options.
func (client *Client) DeleteFaceDbWithOptions(request *DeleteFaceDbRequest, runtime *RuntimeOptions) (_result *DeleteFaceDbResponse, _err error) {
	return &DeleteFaceDbResponse{}, nil
}

// DeleteFaceDb calls the facebody DeleteFaceDb operation.
func (client *Client) DeleteFaceDb(request *DeleteFaceDbRequest) (_result *DeleteFaceDbResponse, _err error) {
	return client.DeleteFaceDbWithOptions(request, &RuntimeOptions{})
}

// DeleteFaceEntityRequest is the request of DeleteFaceEntity.
type DeleteFaceEntityRequest struct {
	ImageURL *string
}

// DeleteFaceEntityResponse is the response of DeleteFaceEntity.
type DeleteFaceEntityResponse struct {
	RequestId *string
}

// DeleteFaceEntityWithOptions calls DeleteFaceEntity with runtime options.
func (client *Client) DeleteFaceEntityWithOptions(request *DeleteFaceEntityRequest, runtime *RuntimeOptions) (_result *DeleteFaceEntityResponse, _err error) {
	return &DeleteFaceEntityResponse{}, nil
}

// DeleteFaceEntity calls the facebody DeleteFaceEntity operation.
func (client *Client) DeleteFaceEntity(request *DeleteFaceEntityRequest) (_result *DeleteFaceEntityResponse, _err error) {
	return client.DeleteFaceEntityWithOptions(request, &RuntimeOptions{})
}

// GetFaceEntityRequest is the request of GetFaceEntity.
type GetFaceEntityRequest struct {
	ImageURL *string
}

// GetFaceEntityResponse is the response of GetFaceEntity.
type GetFaceEntityResponse struct {
	RequestId *string
}

// GetFaceEntityWithOptions calls GetFaceEntity with runtime options.
func (client *Client) GetFaceEntityWithOptions(request *GetFaceEntityRequest, runtime *RuntimeOptions) (_result *GetFaceEntityResponse, _err error) {
	return &GetFaceEntityResponse{}, nil
}

// GetFaceEntity calls the facebody GetFaceEntity operation.
func (client *Client) GetFaceEntity(request *GetFaceEntityRequest) (_result *GetFaceEntityResponse, _err error) {
	return client.GetFaceEntityWithOptions(request, &RuntimeOptions{})
}

// ListFaceDbsRequest is the request of ListFaceDbs.
type ListFaceDbsRequest struct {
	ImageURL *string
}

// ListFaceDbsResponse is the response of ListFaceDbs.
type ListFaceDbsResponse struct {
	RequestId *string
}

// ListFaceDbsWithOptions calls ListFaceDbs with runtime options.
func (client *Client) ListFaceDbsWithOptions(request *ListFaceDbsRequest, runtime *RuntimeOptions) (_result *ListFaceDbsResponse, _err error) {
	return &ListFaceDbsResponse{}, nil
}

// ListFaceDbs calls the facebody ListFaceDbs operation.
func (client *Client) ListFaceDbs(request *ListFaceDbsRequest) (_result *ListFaceDbsResponse, _err error) {
	return client.ListFaceDbsWithOptions(request, &RuntimeOptions{})
}

// ListFaceEntitiesRequest is the request of ListFaceEntities.
type ListFaceEntitiesRequest struct {
	ImageURL *string
}

// ListFaceEntitiesResponse is the response of ListFaceEntities.
type ListFaceEntitiesResponse struct {
	RequestId *string
}

// ListFaceEntitiesWithOptions calls ListFaceEntities with runtime options.
func (client *Client) ListFaceEntitiesWithOptions(request *ListFaceEntitiesRequest, runtime *RuntimeOptions) (_result *ListFaceEntitiesResponse, _err error) {
	return &ListFaceEntitiesResponse{}, nil
}

// ListFaceEntities calls the facebody ListFaceEntities operation.
func (client *Client) ListFaceEntities(request *ListFaceEntitiesRequest) (_result *ListFaceEntitiesResponse, _err error) {
	return client.ListFaceEntitiesWithOptions(request, &RuntimeOptions{})
}

// UpdateFaceEntityRequest is the request of UpdateFaceEntity.
type UpdateFaceEntityRequest struct {
	ImageURL *string
}

// UpdateFaceEntityResponse is the response of UpdateFaceEntity.
type UpdateFaceEntityResponse struct {
	RequestId *string
}

// UpdateFaceEntityWithOptions calls UpdateFaceEntity with runtime options.
func (client *Client) UpdateFaceEntityWithOptions(request *UpdateFaceEntityRequest, runtime *RuntimeOptions) (_result *UpdateFaceEntityResponse, _err error) {
	return &UpdateFaceEntityResponse{}, nil
}

// UpdateFaceEntity calls the facebody UpdateFaceEntity operation.
func (client *Client) UpdateFaceEntity(request *UpdateFaceEntityRequest) (_result *UpdateFaceEntityResponse, _err error) {
	return client.UpdateFaceEntityWithOptions(request, &RuntimeOptions{})
}

// DetectCelebrityRequest is the request of DetectCelebrity.
type DetectCelebrityRequest struct {
	ImageURL *string
}

// DetectCelebrityResponse is the response of DetectCelebrity.
type DetectCelebrityResponse struct {
	RequestId *string
}

// DetectCelebrityWithOptions calls DetectCelebrity with runtime options.
func (client *Client) DetectCelebrityWithOptions(request *DetectCelebrityRequest, runtime *RuntimeOptions) (_result *DetectCelebrityResponse, _err error) {
	return &DetectCelebrityResponse{}, nil
}

// DetectCelebrity calls the facebody DetectCelebrity operation.
func (client *Client) DetectCelebrity(request *DetectCelebrityRequest) (_result *DetectCelebrityResponse, _err error) {
	return client.DetectCelebrityWithOptions(request, &RuntimeOptions{})
}

// DetectCelebrityAdvanceRequest is the request of DetectCelebrityAdvance (image as a stream).
type DetectCelebrityAdvanceRequest struct {
	ImageURLObject any
}

// DetectCelebrityAdvance calls DetectCelebrity with an uploaded image.
func (client *Client) DetectCelebrityAdvance(request *DetectCelebrityAdvanceRequest, runtime *RuntimeOptions) (_result *DetectCelebrityResponse, _err error) {
	return &DetectCelebrityResponse{}, nil
}

// RecognizePublicFaceRequest is the request of RecognizePublicFace.
type RecognizePublicFaceRequest struct {
	ImageURL *string
}

// RecognizePublicFaceResponse is the response of RecognizePublicFace.
type RecognizePublicFaceResponse struct {
	RequestId *string
}

// RecognizePublicFaceWithOptions calls RecognizePublicFace with runtime options.
func (client *Client) RecognizePublicFaceWithOptions(request *RecognizePublicFaceRequest, runtime *RuntimeOptions) (_result *RecognizePublicFaceResponse, _err error) {
	return &RecognizePublicFaceResponse{}, nil
}

// RecognizePublicFace calls the facebody RecognizePublicFace operation.
func (client *Client) RecognizePublicFace(request *RecognizePublicFaceRequest) (_result *RecognizePublicFaceResponse, _err error) {
	return client.RecognizePublicFaceWithOptions(request, &RuntimeOptions{})
}

// DetectLivingFaceRequest is the request of DetectLivingFace.
type DetectLivingFaceRequest struct {
	ImageURL *string
}

// DetectLivingFaceResponse is the response of DetectLivingFace.
type DetectLivingFaceResponse struct {
	RequestId *string
}

// DetectLivingFaceWithOptions calls DetectLivingFace with runtime options.
func (client *Client) DetectLivingFaceWithOptions(request *DetectLivingFaceRequest, runtime *RuntimeOptions) (_result *DetectLivingFaceResponse, _err error) {
	return &DetectLivingFaceResponse{}, nil
}

// DetectLivingFace calls the facebody DetectLivingFace operation.
func (client *Client) DetectLivingFace(request *DetectLivingFaceRequest) (_result *DetectLivingFaceResponse, _err error) {
	return client.DetectLivingFaceWithOptions(request, &RuntimeOptions{})
}

// DetectVideoLivingFaceRequest is the request of DetectVideoLivingFace.
type DetectVideoLivingFaceRequest struct {
	ImageURL *string
}

// DetectVideoLivingFaceResponse is the response of DetectVideoLivingFace.
type DetectVideoLivingFaceResponse struct {
	RequestId *string
}

// DetectVideoLivingFaceWithOptions calls DetectVideoLivingFace with runtime options.
func (client *Client) DetectVideoLivingFaceWithOptions(request *DetectVideoLivingFaceRequest, runtime *RuntimeOptions) (_result *DetectVideoLivingFaceResponse, _err error) {
	return &DetectVideoLivingFaceResponse{}, nil
}

// DetectVideoLivingFace calls the facebody DetectVideoLivingFace operation.
func (client *Client) DetectVideoLivingFace(request *DetectVideoLivingFaceRequest) (_result *DetectVideoLivingFaceResponse, _err error) {
	return client.DetectVideoLivingFaceWithOptions(request, &RuntimeOptions{})
}

// DetectVideoLivingFaceAdvanceRequest is the request of DetectVideoLivingFaceAdvance (image as a stream).
type DetectVideoLivingFaceAdvanceRequest struct {
	ImageURLObject any
}

// DetectVideoLivingFaceAdvance calls DetectVideoLivingFace with an uploaded image.
func (client *Client) DetectVideoLivingFaceAdvance(request *DetectVideoLivingFaceAdvanceRequest, runtime *RuntimeOptions) (_result *DetectVideoLivingFaceResponse, _err error) {
	return &DetectVideoLivingFaceResponse{}, nil
}

// PedestrianDetectAttributeRequest is the request of PedestrianDetectAttribute.
type PedestrianDetectAttributeRequest struct {
	ImageURL *string
}

// PedestrianDetectAttributeResponse is the response of PedestrianDetectAttribute.
type PedestrianDetectAttributeResponse struct {
	RequestId *string
}

// PedestrianDetectAttributeWithOptions calls PedestrianDetectAttribute with runtime options.
func (client *Client) PedestrianDetectAttributeWithOptions(request *PedestrianDetectAttributeRequest, runtime *RuntimeOptions) (_result *PedestrianDetectAttributeResponse, _err error) {
	return &PedestrianDetectAttributeResponse{}, nil
}

// PedestrianDetectAttribute calls the facebody PedestrianDetectAttribute operation.
func (client *Client) PedestrianDetectAttribute(request *PedestrianDetectAttributeRequest) (_result *PedestrianDetectAttributeResponse, _err error) {
	return client.PedestrianDetectAttributeWithOptions(request, &RuntimeOptions{})
}

// PedestrianDetectAttributeAdvanceRequest is the request of PedestrianDetectAttributeAdvance (image as a stream).
type PedestrianDetectAttributeAdvanceRequest struct {
	ImageURLObject any
}

// PedestrianDetectAttributeAdvance calls PedestrianDetectAttribute with an uploaded image.
func (client *Client) PedestrianDetectAttributeAdvance(request *PedestrianDetectAttributeAdvanceRequest, runtime *RuntimeOptions) (_result *PedestrianDetectAttributeResponse, _err error) {
	return &PedestrianDetectAttributeResponse{}, nil
}

// ExtractPedestrianFeatureAttrRequest is the request of ExtractPedestrianFeatureAttr.
type ExtractPedestrianFeatureAttrRequest struct {
	ImageURL *string
}

// ExtractPedestrianFeatureAttrResponse is the response of ExtractPedestrianFeatureAttr.
type ExtractPedestrianFeatureAttrResponse struct {
	RequestId *string
}

// ExtractPedestrianFeatureAttrWithOptions calls ExtractPedestrianFeatureAttr with runtime options.
func (client *Client) ExtractPedestrianFeatureAttrWithOptions(request *ExtractPedestrianFeatureAttrRequest, runtime *RuntimeOptions) (_result *ExtractPedestrianFeatureAttrResponse, _err error) {
	return &ExtractPedestrianFeatureAttrResponse{}, nil
}

// ExtractPedestrianFeatureAttr calls the facebody ExtractPedestrianFeatureAttr operation.
func (client *Client) ExtractPedestrianFeatureAttr(request *ExtractPedestrianFeatureAttrRequest) (_result *ExtractPedestrianFeatureAttrResponse, _err error) {
	return client.ExtractPedestrianFeatureAttrWithOptions(request, &RuntimeOptions{})
}

// ExtractPedestrianFeatureAttrAdvanceRequest is the request of ExtractPedestrianFeatureAttrAdvance (image as a stream).
type ExtractPedestrianFeatureAttrAdvanceRequest struct {
	ImageURLObject any
}

// ExtractPedestrianFeatureAttrAdvance calls ExtractPedestrianFeatureAttr with an uploaded image.
func (client *Client) ExtractPedestrianFeatureAttrAdvance(request *ExtractPedestrianFeatureAttrAdvanceRequest, runtime *RuntimeOptions) (_result *ExtractPedestrianFeatureAttrResponse, _err error) {
	return &ExtractPedestrianFeatureAttrResponse{}, nil
}
