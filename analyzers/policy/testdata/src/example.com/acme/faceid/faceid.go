// Package faceid stands in for an in-house wrapper the policy catalogues.
package faceid
