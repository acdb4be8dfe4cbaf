package market

import (
	"fmt"
	"time"
)

// DescribeAge words how old a snapshot is, as precisely as a person needs:
// "less than a minute", "12 min", "3 h 12 min", "2 days 4 h", "45 days".
func DescribeAge(age time.Duration) string {
	minutes := int64(age / time.Minute)
	hours, days := minutes/60, minutes/(24*60)
	switch {
	case minutes < 1:
		return "less than a minute"
	case hours < 1:
		return fmt.Sprintf("%d min", minutes)
	case days < 1:
		if minutes%60 == 0 {
			return fmt.Sprintf("%d h", hours)
		}
		return fmt.Sprintf("%d h %d min", hours, minutes%60)
	case days == 1 && hours%24 != 0:
		return fmt.Sprintf("1 day %d h", hours%24)
	case days == 1:
		return "1 day"
	case days < 7 && hours%24 != 0:
		return fmt.Sprintf("%d days %d h", days, hours%24)
	}
	return fmt.Sprintf("%d days", days)
}
