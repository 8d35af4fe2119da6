package a

// Each "want" sits in a block comment before the directive it expects a
// report on: a line comment's text runs to the end of the line.

//biometriclint:allow face-detection -- counts visitors; no identification

/* want `directive has no reason: //biometriclint:allow <category-or-entry-id> -- <reason>` */ //biometriclint:allow face-detection

/* want `directive has no reason` */ //biometriclint:allow face-detection --

/* want `directive names no category or catalog entry ID` */ //biometriclint:allow -- a reason without an ID

/* want `directive names "happiness", neither a category \(emotion-recognition, .*\) nor a catalog entry ID` */ //biometriclint:allow happiness -- not a category

//biometriclint:allow aws-rekognition-v2, face-recognition -- an entry and a category

/* want `unknown directive //biometriclint:deny \(want //biometriclint:allow\)` */ //biometriclint:deny face-detection -- no such verb

// biometriclint:allow happiness -- a spaced comment is prose, not a directive

/* //biometriclint:allow happiness -- block comments are not directives */

var x = 1 /* want `directive has no reason` */ //biometriclint:allow face-recognition
