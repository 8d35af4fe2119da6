// Package onfido runs Onfido checks through the community client: a check
// with a facial similarity report matches the applicant's selfie to their
// identity document; a document and watchlist check does not, and stays
// silent.
package onfido

import (
	"context"

	onfido "github.com/uw-labs/go-onfido"
)

// FaceMatch asks for a document report and a selfie match.
func FaceMatch(ctx context.Context, c *onfido.Client, applicant string) (*onfido.Check, error) {
	return c.CreateCheck(ctx, onfido.CheckRequest{ // want `onfido\.Client\.CreateCheck starts a check that, with a facial similarity report, matches the applicant's selfie to their document; here it requests ReportNames=facial_similarity_photo \[face-recognition;`
		ApplicantID: applicant,
		ReportNames: []onfido.ReportName{onfido.ReportNameDocument, onfido.ReportNameFacialSimilarityPhoto},
	})
}

// Selfies lists the selfies of an applicant.
func Selfies(ctx context.Context, c *onfido.Client, applicant string) (n int) {
	it := c.ListLivePhotos(applicant) // want `onfido\.Client\.ListLivePhotos lists the selfies an applicant took for face matching \[face-recognition;`
	for it.Next(ctx) {
		n++
	}
	return n
}

// Documents is the look-alike: the same call for a document and a
// watchlist check, with no face in it.
func Documents(ctx context.Context, c *onfido.Client, applicant string) (*onfido.Check, error) {
	req := onfido.CheckRequest{ApplicantID: applicant}
	req.ReportNames = []onfido.ReportName{onfido.ReportNameDocument, onfido.ReportNameWatchlistStandard}
	return c.CreateCheck(ctx, req)
}
