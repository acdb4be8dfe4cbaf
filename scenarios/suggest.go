package scenarios

import "strings"

// suggest returns the valid name a mistyped one most likely meant, or ""
// when no single candidate is an obvious typo. It forgives a small edit
// ("powr_mw"), a missing unit suffix ("uptime" for "uptime_pct") and a key
// written in the wrong table ("power_mw" at the top level), the mistakes
// people make in hand-written files.
func suggest(typo string, candidates []string) string {
	best, bestScore, tie := "", 1<<30, false
	for _, c := range candidates {
		score := typoScore(typo, c)
		switch {
		case score < bestScore:
			best, bestScore, tie = c, score, false
		case score == bestScore:
			tie = true
		}
	}
	name := lastPart(typo)
	limit := max(2, len(name)/4)
	if tie || bestScore > limit {
		return ""
	}
	return best
}

func typoScore(typo, candidate string) int {
	score := editDistance(typo, candidate)
	typoTable, typoName := splitKey(typo)
	table, name := splitKey(candidate)
	moved := 0
	if typoTable != table {
		moved = 1 // right name, wrong table: one step away
	}
	score = min(score, editDistance(typoName, name)+moved)
	if len(typoName) >= 4 && strings.HasPrefix(name, typoName+"_") {
		score = min(score, 1+moved)
	}
	return score
}

func splitKey(key string) (table, name string) {
	if i := strings.LastIndex(key, "."); i >= 0 {
		return key[:i], key[i+1:]
	}
	return "", key
}

func lastPart(key string) string {
	_, name := splitKey(key)
	return name
}

// editDistance is the Levenshtein distance between two strings, in bytes
// (keys are ASCII).
func editDistance(a, b string) int {
	if len(a) > 256 || len(b) > 256 {
		return max(len(a), len(b)) // no key is that long; skip the quadratic work
	}
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}
