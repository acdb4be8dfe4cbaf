package market_test

import "github.com/shopspring/decimal"

func d(text string) decimal.Decimal { return decimal.RequireFromString(text) }
