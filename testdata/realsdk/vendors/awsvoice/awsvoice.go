// Package awsvoice uses the voice analytics of the Amazon Chime SDK and
// Amazon Connect Voice ID through the AWS SDK for Go v1, next to calls of
// the same clients that are not biometric.
package awsvoice

import (
	"github.com/aws/aws-sdk-go/aws"
	"github.com/aws/aws-sdk-go/service/chimesdkmediapipelines"
	"github.com/aws/aws-sdk-go/service/chimesdkvoice"
	"github.com/aws/aws-sdk-go/service/voiceid"
)

func Profiles(svc *chimesdkvoice.ChimeSDKVoice) error {
	_, err := svc.CreateVoiceProfileDomain(&chimesdkvoice.CreateVoiceProfileDomainInput{Name: aws.String("callers")}) // want `chimesdkvoice\.ChimeSDKVoice\.CreateVoiceProfileDomain .*\[speaker-recognition;`
	if err != nil {
		return err
	}
	_, err = svc.ListPhoneNumbers(&chimesdkvoice.ListPhoneNumbersInput{})
	return err
}

func Tone(svc *chimesdkmediapipelines.ChimeSDKMediaPipelines, id string) error {
	_, err := svc.StartVoiceToneAnalysisTask(&chimesdkmediapipelines.StartVoiceToneAnalysisTaskInput{Identifier: aws.String(id)}) // want `chimesdkmediapipelines\.ChimeSDKMediaPipelines\.StartVoiceToneAnalysisTask .*\[emotion-recognition;`
	if err != nil {
		return err
	}
	_, err = svc.ListMediaPipelines(&chimesdkmediapipelines.ListMediaPipelinesInput{})
	return err
}

func Authenticate(svc *voiceid.VoiceID, domain, session string) error {
	_, err := svc.EvaluateSession(&voiceid.EvaluateSessionInput{DomainId: aws.String(domain), SessionNameOrId: aws.String(session)}) // want `voiceid\.VoiceID\.EvaluateSession .*\[speaker-recognition;`
	if err != nil {
		return err
	}
	_, err = svc.ListTagsForResource(&voiceid.ListTagsForResourceInput{ResourceArn: aws.String(domain)})
	return err
}
