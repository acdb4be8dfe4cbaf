package market

// The endpoints of a mempool instance's REST API that a snapshot reads, and
// the figure each one gives. Paths are relative to the instance's base URL;
// every instance (mempool.space or a self-hosted one) serves the same API.
//
// Sources: the API documentation at https://mempool.space/docs/api/rest
// (generated from frontend/src/app/docs/api-docs/api-docs-data.ts in
// github.com/mempool/mempool) and the backend's routes that serve it
// (backend/src/api/bitcoin/bitcoin.routes.ts, mining/mining-routes.ts,
// prices/prices.routes.ts).
const (
	// pathTipHeight gives the tip height: the height of the last block, as
	// plain text ("698767"). The backend answers 503 while it does not know
	// the tip yet. Docs: "GET Block Tip Height".
	pathTipHeight = "/api/blocks/tip/height"

	// pathHashrate gives the current difficulty:
	//
	//	{"hashrates": [{"timestamp": 1652486400, "avgHashrate": 236499762108771800000}, ...],
	//	 "difficulty": [{"timestamp": 1652468330, "difficulty": 31251101365711.12, "height": 736249}],
	//	 "currentHashrate": 252033247355212300000,
	//	 "currentDifficulty": 31251101365711.12}
	//
	// Only currentDifficulty is read; it comes from Bitcoin Core's
	// getdifficulty, and the backend sends 0 when Bitcoin Core is unreachable.
	// The network hashrate is the one that difficulty implies (see
	// hashrateEH), not currentHashrate: that is getnetworkhashps over the
	// last 1,008 blocks, an estimate from block times that lags the network
	// by days and swings with miners' luck, whereas the difficulty is the
	// network's own measure, exact and fixed for each 2,016-block period.
	// The period "3d", the documentation's own example, keeps the history
	// that comes with the current figures short. Docs: "GET Hashrate".
	pathHashrate = "/api/v1/mining/hashrate/3d"

	// pathBlockFees gives the fees of the last day's blocks, in satoshis,
	// oldest first:
	//
	//	[{"avgHeight": 735644, "timestamp": 1652119111, "avgFees": 24212890}, ...]
	//
	// For the 24h period every block is its own row and its fees are exact
	// (not averages); the snapshot's fees per block are their mean.
	// Docs: "GET Block Fees".
	pathBlockFees = "/api/v1/mining/blocks/fees/24h"

	// pathPrices gives the BTC price now, in whole currency units:
	//
	//	{"time": 1703252411, "USD": 43753, "EUR": 40545, ...}
	//
	// An instance without a price feed answers "time": 0 and "USD": -1.
	// Docs: "GET Price".
	pathPrices = "/api/v1/prices"

	// pathHistoricalPrice, with ?currency=USD&timestamp=T, gives the last
	// price at or before T, the check against a price that jumped a
	// hundredfold overnight:
	//
	//	{"prices": [{"time": 1499904000, "USD": 2254.9}], "exchangeRates": {"USDEUR": 0.92, ...}}
	//
	// Before any price is known the backend answers a placeholder of 0.
	// Docs: "GET Historical Price".
	pathHistoricalPrice = "/api/v1/historical-price"
)
