/** True only in the benchmark build (TEMOIN_BUILD=bench), which exposes a timing hook. */
declare const __BENCHMARK_BUILD__: boolean;
