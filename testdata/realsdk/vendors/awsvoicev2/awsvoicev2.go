// Package awsvoicev2 uses the voice analytics of the Amazon Chime SDK through
// the AWS SDK for Go v2, next to calls of the same clients that are not
// biometric (phone numbers, media pipelines).
package awsvoicev2

import (
	"context"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/chimesdkmediapipelines"
	"github.com/aws/aws-sdk-go-v2/service/chimesdkvoice"
)

// Profiles enrols callers' voiceprints, then lists phone numbers.
func Profiles(ctx context.Context, c *chimesdkvoice.Client, domain, search string) error {
	if _, err := c.CreateVoiceProfile(ctx, &chimesdkvoice.CreateVoiceProfileInput{SpeakerSearchTaskId: aws.String(search)}); err != nil { // want `chimesdkvoice\.Client\.CreateVoiceProfile enrols a caller's voiceprint from a speaker search \[speaker-recognition;`
		return err
	}
	_, err := c.ListPhoneNumbers(ctx, &chimesdkvoice.ListPhoneNumbersInput{})
	return err
}

// Tone infers a caller's sentiment from the voice, then lists pipelines.
func Tone(ctx context.Context, c *chimesdkmediapipelines.Client, id string) error {
	if _, err := c.StartVoiceToneAnalysisTask(ctx, &chimesdkmediapipelines.StartVoiceToneAnalysisTaskInput{Identifier: aws.String(id)}); err != nil { // want `chimesdkmediapipelines\.Client\.StartVoiceToneAnalysisTask starts inferring a caller's sentiment from the tone of voice \[emotion-recognition;`
		return err
	}
	_, err := c.ListMediaPipelines(ctx, &chimesdkmediapipelines.ListMediaPipelinesInput{})
	return err
}
