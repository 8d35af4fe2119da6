// Package voiceid is a stub of github.com/aws/aws-sdk-go-v2/service/voiceid
// (Amazon Connect Voice ID), which the module proxy does not serve.
//
// The operation names and signatures were read from the aws/aws-sdk-go-v2
// repository, service/voiceid/api_op_*.go at module version 1.22.3
// (service/voiceid/go_module_metadata.go), and are listed in the research
// notes sdk-catalog.md, section H. Only the exported API shape that
// biometriclint's catalog names is reproduced: operations, their input and
// output types, and the list paginators. Nothing here calls a service.
package voiceid

import "context"

// Options are the client options.
type Options struct {
	Region string
}

// Client is the Amazon Connect Voice ID client.
type Client struct {
	options Options
}

// New returns a client from options.
func New(options Options, optFns ...func(*Options)) *Client {
	for _, fn := range optFns {
		fn(&options)
	}
	return &Client{options: options}
}

// AssociateFraudsterInput is the input of AssociateFraudster.
type AssociateFraudsterInput struct {
	DomainId   *string
	NextToken  *string
	MaxResults *int32
}

// AssociateFraudsterOutput is the output of AssociateFraudster.
type AssociateFraudsterOutput struct {
	NextToken *string
}

// AssociateFraudster is the Voice ID AssociateFraudster operation.
func (c *Client) AssociateFraudster(ctx context.Context, params *AssociateFraudsterInput, optFns ...func(*Options)) (*AssociateFraudsterOutput, error) {
	return &AssociateFraudsterOutput{}, nil
}

// CreateDomainInput is the input of CreateDomain.
type CreateDomainInput struct {
	DomainId   *string
	NextToken  *string
	MaxResults *int32
}

// CreateDomainOutput is the output of CreateDomain.
type CreateDomainOutput struct {
	NextToken *string
}

// CreateDomain is the Voice ID CreateDomain operation.
func (c *Client) CreateDomain(ctx context.Context, params *CreateDomainInput, optFns ...func(*Options)) (*CreateDomainOutput, error) {
	return &CreateDomainOutput{}, nil
}

// CreateWatchlistInput is the input of CreateWatchlist.
type CreateWatchlistInput struct {
	DomainId   *string
	NextToken  *string
	MaxResults *int32
}

// CreateWatchlistOutput is the output of CreateWatchlist.
type CreateWatchlistOutput struct {
	NextToken *string
}

// CreateWatchlist is the Voice ID CreateWatchlist operation.
func (c *Client) CreateWatchlist(ctx context.Context, params *CreateWatchlistInput, optFns ...func(*Options)) (*CreateWatchlistOutput, error) {
	return &CreateWatchlistOutput{}, nil
}

// DeleteDomainInput is the input of DeleteDomain.
type DeleteDomainInput struct {
	DomainId   *string
	NextToken  *string
	MaxResults *int32
}

// DeleteDomainOutput is the output of DeleteDomain.
type DeleteDomainOutput struct {
	NextToken *string
}

// DeleteDomain is the Voice ID DeleteDomain operation.
func (c *Client) DeleteDomain(ctx context.Context, params *DeleteDomainInput, optFns ...func(*Options)) (*DeleteDomainOutput, error) {
	return &DeleteDomainOutput{}, nil
}

// DeleteFraudsterInput is the input of DeleteFraudster.
type DeleteFraudsterInput struct {
	DomainId   *string
	NextToken  *string
	MaxResults *int32
}

// DeleteFraudsterOutput is the output of DeleteFraudster.
type DeleteFraudsterOutput struct {
	NextToken *string
}

// DeleteFraudster is the Voice ID DeleteFraudster operation.
func (c *Client) DeleteFraudster(ctx context.Context, params *DeleteFraudsterInput, optFns ...func(*Options)) (*DeleteFraudsterOutput, error) {
	return &DeleteFraudsterOutput{}, nil
}

// DeleteSpeakerInput is the input of DeleteSpeaker.
type DeleteSpeakerInput struct {
	DomainId   *string
	NextToken  *string
	MaxResults *int32
}

// DeleteSpeakerOutput is the output of DeleteSpeaker.
type DeleteSpeakerOutput struct {
	NextToken *string
}

// DeleteSpeaker is the Voice ID DeleteSpeaker operation.
func (c *Client) DeleteSpeaker(ctx context.Context, params *DeleteSpeakerInput, optFns ...func(*Options)) (*DeleteSpeakerOutput, error) {
	return &DeleteSpeakerOutput{}, nil
}

// DeleteWatchlistInput is the input of DeleteWatchlist.
type DeleteWatchlistInput struct {
	DomainId   *string
	NextToken  *string
	MaxResults *int32
}

// DeleteWatchlistOutput is the output of DeleteWatchlist.
type DeleteWatchlistOutput struct {
	NextToken *string
}

// DeleteWatchlist is the Voice ID DeleteWatchlist operation.
func (c *Client) DeleteWatchlist(ctx context.Context, params *DeleteWatchlistInput, optFns ...func(*Options)) (*DeleteWatchlistOutput, error) {
	return &DeleteWatchlistOutput{}, nil
}

// DescribeDomainInput is the input of DescribeDomain.
type DescribeDomainInput struct {
	DomainId   *string
	NextToken  *string
	MaxResults *int32
}

// DescribeDomainOutput is the output of DescribeDomain.
type DescribeDomainOutput struct {
	NextToken *string
}

// DescribeDomain is the Voice ID DescribeDomain operation.
func (c *Client) DescribeDomain(ctx context.Context, params *DescribeDomainInput, optFns ...func(*Options)) (*DescribeDomainOutput, error) {
	return &DescribeDomainOutput{}, nil
}

// DescribeFraudsterInput is the input of DescribeFraudster.
type DescribeFraudsterInput struct {
	DomainId   *string
	NextToken  *string
	MaxResults *int32
}

// DescribeFraudsterOutput is the output of DescribeFraudster.
type DescribeFraudsterOutput struct {
	NextToken *string
}

// DescribeFraudster is the Voice ID DescribeFraudster operation.
func (c *Client) DescribeFraudster(ctx context.Context, params *DescribeFraudsterInput, optFns ...func(*Options)) (*DescribeFraudsterOutput, error) {
	return &DescribeFraudsterOutput{}, nil
}

// DescribeFraudsterRegistrationJobInput is the input of DescribeFraudsterRegistrationJob.
type DescribeFraudsterRegistrationJobInput struct {
	DomainId   *string
	NextToken  *string
	MaxResults *int32
}

// DescribeFraudsterRegistrationJobOutput is the output of DescribeFraudsterRegistrationJob.
type DescribeFraudsterRegistrationJobOutput struct {
	NextToken *string
}

// DescribeFraudsterRegistrationJob is the Voice ID DescribeFraudsterRegistrationJob operation.
func (c *Client) DescribeFraudsterRegistrationJob(ctx context.Context, params *DescribeFraudsterRegistrationJobInput, optFns ...func(*Options)) (*DescribeFraudsterRegistrationJobOutput, error) {
	return &DescribeFraudsterRegistrationJobOutput{}, nil
}

// DescribeSpeakerInput is the input of DescribeSpeaker.
type DescribeSpeakerInput struct {
	DomainId   *string
	NextToken  *string
	MaxResults *int32
}

// DescribeSpeakerOutput is the output of DescribeSpeaker.
type DescribeSpeakerOutput struct {
	NextToken *string
}

// DescribeSpeaker is the Voice ID DescribeSpeaker operation.
func (c *Client) DescribeSpeaker(ctx context.Context, params *DescribeSpeakerInput, optFns ...func(*Options)) (*DescribeSpeakerOutput, error) {
	return &DescribeSpeakerOutput{}, nil
}

// DescribeSpeakerEnrollmentJobInput is the input of DescribeSpeakerEnrollmentJob.
type DescribeSpeakerEnrollmentJobInput struct {
	DomainId   *string
	NextToken  *string
	MaxResults *int32
}

// DescribeSpeakerEnrollmentJobOutput is the output of DescribeSpeakerEnrollmentJob.
type DescribeSpeakerEnrollmentJobOutput struct {
	NextToken *string
}

// DescribeSpeakerEnrollmentJob is the Voice ID DescribeSpeakerEnrollmentJob operation.
func (c *Client) DescribeSpeakerEnrollmentJob(ctx context.Context, params *DescribeSpeakerEnrollmentJobInput, optFns ...func(*Options)) (*DescribeSpeakerEnrollmentJobOutput, error) {
	return &DescribeSpeakerEnrollmentJobOutput{}, nil
}

// DescribeWatchlistInput is the input of DescribeWatchlist.
type DescribeWatchlistInput struct {
	DomainId   *string
	NextToken  *string
	MaxResults *int32
}

// DescribeWatchlistOutput is the output of DescribeWatchlist.
type DescribeWatchlistOutput struct {
	NextToken *string
}

// DescribeWatchlist is the Voice ID DescribeWatchlist operation.
func (c *Client) DescribeWatchlist(ctx context.Context, params *DescribeWatchlistInput, optFns ...func(*Options)) (*DescribeWatchlistOutput, error) {
	return &DescribeWatchlistOutput{}, nil
}

// DisassociateFraudsterInput is the input of DisassociateFraudster.
type DisassociateFraudsterInput struct {
	DomainId   *string
	NextToken  *string
	MaxResults *int32
}

// DisassociateFraudsterOutput is the output of DisassociateFraudster.
type DisassociateFraudsterOutput struct {
	NextToken *string
}

// DisassociateFraudster is the Voice ID DisassociateFraudster operation.
func (c *Client) DisassociateFraudster(ctx context.Context, params *DisassociateFraudsterInput, optFns ...func(*Options)) (*DisassociateFraudsterOutput, error) {
	return &DisassociateFraudsterOutput{}, nil
}

// EvaluateSessionInput is the input of EvaluateSession.
type EvaluateSessionInput struct {
	DomainId   *string
	NextToken  *string
	MaxResults *int32
}

// EvaluateSessionOutput is the output of EvaluateSession.
type EvaluateSessionOutput struct {
	NextToken *string
}

// EvaluateSession is the Voice ID EvaluateSession operation.
func (c *Client) EvaluateSession(ctx context.Context, params *EvaluateSessionInput, optFns ...func(*Options)) (*EvaluateSessionOutput, error) {
	return &EvaluateSessionOutput{}, nil
}

// ListDomainsInput is the input of ListDomains.
type ListDomainsInput struct {
	DomainId   *string
	NextToken  *string
	MaxResults *int32
}

// ListDomainsOutput is the output of ListDomains.
type ListDomainsOutput struct {
	NextToken *string
}

// ListDomains is the Voice ID ListDomains operation.
func (c *Client) ListDomains(ctx context.Context, params *ListDomainsInput, optFns ...func(*Options)) (*ListDomainsOutput, error) {
	return &ListDomainsOutput{}, nil
}

// ListDomainsAPIClient is a client that implements the ListDomains operation.
type ListDomainsAPIClient interface {
	ListDomains(context.Context, *ListDomainsInput, ...func(*Options)) (*ListDomainsOutput, error)
}

// ListDomainsPaginatorOptions are the paginator options for ListDomains.
type ListDomainsPaginatorOptions struct {
	Limit int32
}

// ListDomainsPaginator is a paginator for ListDomains.
type ListDomainsPaginator struct {
	client ListDomainsAPIClient
	params *ListDomainsInput
}

// NewListDomainsPaginator returns a new ListDomainsPaginator.
func NewListDomainsPaginator(client ListDomainsAPIClient, params *ListDomainsInput, optFns ...func(*ListDomainsPaginatorOptions)) *ListDomainsPaginator {
	return &ListDomainsPaginator{client: client, params: params}
}

// ListFraudsterRegistrationJobsInput is the input of ListFraudsterRegistrationJobs.
type ListFraudsterRegistrationJobsInput struct {
	DomainId   *string
	NextToken  *string
	MaxResults *int32
}

// ListFraudsterRegistrationJobsOutput is the output of ListFraudsterRegistrationJobs.
type ListFraudsterRegistrationJobsOutput struct {
	NextToken *string
}

// ListFraudsterRegistrationJobs is the Voice ID ListFraudsterRegistrationJobs operation.
func (c *Client) ListFraudsterRegistrationJobs(ctx context.Context, params *ListFraudsterRegistrationJobsInput, optFns ...func(*Options)) (*ListFraudsterRegistrationJobsOutput, error) {
	return &ListFraudsterRegistrationJobsOutput{}, nil
}

// ListFraudsterRegistrationJobsAPIClient is a client that implements the ListFraudsterRegistrationJobs operation.
type ListFraudsterRegistrationJobsAPIClient interface {
	ListFraudsterRegistrationJobs(context.Context, *ListFraudsterRegistrationJobsInput, ...func(*Options)) (*ListFraudsterRegistrationJobsOutput, error)
}

// ListFraudsterRegistrationJobsPaginatorOptions are the paginator options for ListFraudsterRegistrationJobs.
type ListFraudsterRegistrationJobsPaginatorOptions struct {
	Limit int32
}

// ListFraudsterRegistrationJobsPaginator is a paginator for ListFraudsterRegistrationJobs.
type ListFraudsterRegistrationJobsPaginator struct {
	client ListFraudsterRegistrationJobsAPIClient
	params *ListFraudsterRegistrationJobsInput
}

// NewListFraudsterRegistrationJobsPaginator returns a new ListFraudsterRegistrationJobsPaginator.
func NewListFraudsterRegistrationJobsPaginator(client ListFraudsterRegistrationJobsAPIClient, params *ListFraudsterRegistrationJobsInput, optFns ...func(*ListFraudsterRegistrationJobsPaginatorOptions)) *ListFraudsterRegistrationJobsPaginator {
	return &ListFraudsterRegistrationJobsPaginator{client: client, params: params}
}

// ListFraudstersInput is the input of ListFraudsters.
type ListFraudstersInput struct {
	DomainId   *string
	NextToken  *string
	MaxResults *int32
}

// ListFraudstersOutput is the output of ListFraudsters.
type ListFraudstersOutput struct {
	NextToken *string
}

// ListFraudsters is the Voice ID ListFraudsters operation.
func (c *Client) ListFraudsters(ctx context.Context, params *ListFraudstersInput, optFns ...func(*Options)) (*ListFraudstersOutput, error) {
	return &ListFraudstersOutput{}, nil
}

// ListFraudstersAPIClient is a client that implements the ListFraudsters operation.
type ListFraudstersAPIClient interface {
	ListFraudsters(context.Context, *ListFraudstersInput, ...func(*Options)) (*ListFraudstersOutput, error)
}

// ListFraudstersPaginatorOptions are the paginator options for ListFraudsters.
type ListFraudstersPaginatorOptions struct {
	Limit int32
}

// ListFraudstersPaginator is a paginator for ListFraudsters.
type ListFraudstersPaginator struct {
	client ListFraudstersAPIClient
	params *ListFraudstersInput
}

// NewListFraudstersPaginator returns a new ListFraudstersPaginator.
func NewListFraudstersPaginator(client ListFraudstersAPIClient, params *ListFraudstersInput, optFns ...func(*ListFraudstersPaginatorOptions)) *ListFraudstersPaginator {
	return &ListFraudstersPaginator{client: client, params: params}
}

// ListSpeakerEnrollmentJobsInput is the input of ListSpeakerEnrollmentJobs.
type ListSpeakerEnrollmentJobsInput struct {
	DomainId   *string
	NextToken  *string
	MaxResults *int32
}

// ListSpeakerEnrollmentJobsOutput is the output of ListSpeakerEnrollmentJobs.
type ListSpeakerEnrollmentJobsOutput struct {
	NextToken *string
}

// ListSpeakerEnrollmentJobs is the Voice ID ListSpeakerEnrollmentJobs operation.
func (c *Client) ListSpeakerEnrollmentJobs(ctx context.Context, params *ListSpeakerEnrollmentJobsInput, optFns ...func(*Options)) (*ListSpeakerEnrollmentJobsOutput, error) {
	return &ListSpeakerEnrollmentJobsOutput{}, nil
}

// ListSpeakerEnrollmentJobsAPIClient is a client that implements the ListSpeakerEnrollmentJobs operation.
type ListSpeakerEnrollmentJobsAPIClient interface {
	ListSpeakerEnrollmentJobs(context.Context, *ListSpeakerEnrollmentJobsInput, ...func(*Options)) (*ListSpeakerEnrollmentJobsOutput, error)
}

// ListSpeakerEnrollmentJobsPaginatorOptions are the paginator options for ListSpeakerEnrollmentJobs.
type ListSpeakerEnrollmentJobsPaginatorOptions struct {
	Limit int32
}

// ListSpeakerEnrollmentJobsPaginator is a paginator for ListSpeakerEnrollmentJobs.
type ListSpeakerEnrollmentJobsPaginator struct {
	client ListSpeakerEnrollmentJobsAPIClient
	params *ListSpeakerEnrollmentJobsInput
}

// NewListSpeakerEnrollmentJobsPaginator returns a new ListSpeakerEnrollmentJobsPaginator.
func NewListSpeakerEnrollmentJobsPaginator(client ListSpeakerEnrollmentJobsAPIClient, params *ListSpeakerEnrollmentJobsInput, optFns ...func(*ListSpeakerEnrollmentJobsPaginatorOptions)) *ListSpeakerEnrollmentJobsPaginator {
	return &ListSpeakerEnrollmentJobsPaginator{client: client, params: params}
}

// ListSpeakersInput is the input of ListSpeakers.
type ListSpeakersInput struct {
	DomainId   *string
	NextToken  *string
	MaxResults *int32
}

// ListSpeakersOutput is the output of ListSpeakers.
type ListSpeakersOutput struct {
	NextToken *string
}

// ListSpeakers is the Voice ID ListSpeakers operation.
func (c *Client) ListSpeakers(ctx context.Context, params *ListSpeakersInput, optFns ...func(*Options)) (*ListSpeakersOutput, error) {
	return &ListSpeakersOutput{}, nil
}

// ListSpeakersAPIClient is a client that implements the ListSpeakers operation.
type ListSpeakersAPIClient interface {
	ListSpeakers(context.Context, *ListSpeakersInput, ...func(*Options)) (*ListSpeakersOutput, error)
}

// ListSpeakersPaginatorOptions are the paginator options for ListSpeakers.
type ListSpeakersPaginatorOptions struct {
	Limit int32
}

// ListSpeakersPaginator is a paginator for ListSpeakers.
type ListSpeakersPaginator struct {
	client ListSpeakersAPIClient
	params *ListSpeakersInput
}

// NewListSpeakersPaginator returns a new ListSpeakersPaginator.
func NewListSpeakersPaginator(client ListSpeakersAPIClient, params *ListSpeakersInput, optFns ...func(*ListSpeakersPaginatorOptions)) *ListSpeakersPaginator {
	return &ListSpeakersPaginator{client: client, params: params}
}

// ListWatchlistsInput is the input of ListWatchlists.
type ListWatchlistsInput struct {
	DomainId   *string
	NextToken  *string
	MaxResults *int32
}

// ListWatchlistsOutput is the output of ListWatchlists.
type ListWatchlistsOutput struct {
	NextToken *string
}

// ListWatchlists is the Voice ID ListWatchlists operation.
func (c *Client) ListWatchlists(ctx context.Context, params *ListWatchlistsInput, optFns ...func(*Options)) (*ListWatchlistsOutput, error) {
	return &ListWatchlistsOutput{}, nil
}

// ListWatchlistsAPIClient is a client that implements the ListWatchlists operation.
type ListWatchlistsAPIClient interface {
	ListWatchlists(context.Context, *ListWatchlistsInput, ...func(*Options)) (*ListWatchlistsOutput, error)
}

// ListWatchlistsPaginatorOptions are the paginator options for ListWatchlists.
type ListWatchlistsPaginatorOptions struct {
	Limit int32
}

// ListWatchlistsPaginator is a paginator for ListWatchlists.
type ListWatchlistsPaginator struct {
	client ListWatchlistsAPIClient
	params *ListWatchlistsInput
}

// NewListWatchlistsPaginator returns a new ListWatchlistsPaginator.
func NewListWatchlistsPaginator(client ListWatchlistsAPIClient, params *ListWatchlistsInput, optFns ...func(*ListWatchlistsPaginatorOptions)) *ListWatchlistsPaginator {
	return &ListWatchlistsPaginator{client: client, params: params}
}

// OptOutSpeakerInput is the input of OptOutSpeaker.
type OptOutSpeakerInput struct {
	DomainId   *string
	NextToken  *string
	MaxResults *int32
}

// OptOutSpeakerOutput is the output of OptOutSpeaker.
type OptOutSpeakerOutput struct {
	NextToken *string
}

// OptOutSpeaker is the Voice ID OptOutSpeaker operation.
func (c *Client) OptOutSpeaker(ctx context.Context, params *OptOutSpeakerInput, optFns ...func(*Options)) (*OptOutSpeakerOutput, error) {
	return &OptOutSpeakerOutput{}, nil
}

// StartFraudsterRegistrationJobInput is the input of StartFraudsterRegistrationJob.
type StartFraudsterRegistrationJobInput struct {
	DomainId   *string
	NextToken  *string
	MaxResults *int32
}

// StartFraudsterRegistrationJobOutput is the output of StartFraudsterRegistrationJob.
type StartFraudsterRegistrationJobOutput struct {
	NextToken *string
}

// StartFraudsterRegistrationJob is the Voice ID StartFraudsterRegistrationJob operation.
func (c *Client) StartFraudsterRegistrationJob(ctx context.Context, params *StartFraudsterRegistrationJobInput, optFns ...func(*Options)) (*StartFraudsterRegistrationJobOutput, error) {
	return &StartFraudsterRegistrationJobOutput{}, nil
}

// StartSpeakerEnrollmentJobInput is the input of StartSpeakerEnrollmentJob.
type StartSpeakerEnrollmentJobInput struct {
	DomainId   *string
	NextToken  *string
	MaxResults *int32
}

// StartSpeakerEnrollmentJobOutput is the output of StartSpeakerEnrollmentJob.
type StartSpeakerEnrollmentJobOutput struct {
	NextToken *string
}

// StartSpeakerEnrollmentJob is the Voice ID StartSpeakerEnrollmentJob operation.
func (c *Client) StartSpeakerEnrollmentJob(ctx context.Context, params *StartSpeakerEnrollmentJobInput, optFns ...func(*Options)) (*StartSpeakerEnrollmentJobOutput, error) {
	return &StartSpeakerEnrollmentJobOutput{}, nil
}

// UpdateDomainInput is the input of UpdateDomain.
type UpdateDomainInput struct {
	DomainId   *string
	NextToken  *string
	MaxResults *int32
}

// UpdateDomainOutput is the output of UpdateDomain.
type UpdateDomainOutput struct {
	NextToken *string
}

// UpdateDomain is the Voice ID UpdateDomain operation.
func (c *Client) UpdateDomain(ctx context.Context, params *UpdateDomainInput, optFns ...func(*Options)) (*UpdateDomainOutput, error) {
	return &UpdateDomainOutput{}, nil
}

// UpdateWatchlistInput is the input of UpdateWatchlist.
type UpdateWatchlistInput struct {
	DomainId   *string
	NextToken  *string
	MaxResults *int32
}

// UpdateWatchlistOutput is the output of UpdateWatchlist.
type UpdateWatchlistOutput struct {
	NextToken *string
}

// UpdateWatchlist is the Voice ID UpdateWatchlist operation.
func (c *Client) UpdateWatchlist(ctx context.Context, params *UpdateWatchlistInput, optFns ...func(*Options)) (*UpdateWatchlistOutput, error) {
	return &UpdateWatchlistOutput{}, nil
}
