import { createRequire as __amlCreateRequire } from 'node:module';
import { fileURLToPath as __amlFileURLToPath } from 'node:url';
const require = __amlCreateRequire(import.meta.url);
const __filename = __amlFileURLToPath(import.meta.url);
const __dirname = __amlFileURLToPath(new URL('.', import.meta.url));
export const id = 852;
export const ids = [852];
export const modules = {

/***/ 87852:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runDriftCheck: () => (/* binding */ runDriftCheck)
});

// EXTERNAL MODULE: ./packages/action-kit/src/errors.ts
var errors = __webpack_require__(48826);
// EXTERNAL MODULE: ./packages/drift/src/data/read-table.ts + 3 modules
var read_table = __webpack_require__(70998);
// EXTERNAL MODULE: ./packages/drift/src/data/table.ts + 1 modules
var data_table = __webpack_require__(1956);
;// CONCATENATED MODULE: ./packages/drift/src/extract.ts
/**
 * The values compared, after Azure ML's row-wise null drop: a row with a null (or a value of the wrong type) in
 * any compared feature is left out of every feature. Also counts each feature's nulls and type errors.
 */


const NUMBER = /^\s*[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?\s*$/;
/** Marks the rows where the feature is null or mistyped (keep[row] = 0); returns how many of each. */
function markMissing(column, type, keep) {
    const { numbers, texts } = column;
    let nulls = 0;
    let typeErrors = 0;
    for (let row = 0; row < keep.length; row++) {
        if (!Number.isNaN(numbers[row] ?? Number.NaN))
            continue;
        const text = texts?.[row];
        if (text === undefined)
            nulls++;
        else if (type === 'categorical' || NUMBER.test(text))
            continue;
        else
            typeErrors++;
        keep[row] = 0;
    }
    return { nulls, typeErrors };
}
function keptNumbers(column, keep, kept) {
    const out = new Float64Array(kept);
    let i = 0;
    for (let row = 0; row < keep.length; row++) {
        if (keep[row] === 0)
            continue;
        const n = column.numbers[row] ?? Number.NaN;
        out[i++] = Number.isNaN(n) ? Number(column.texts?.[row]) : n;
    }
    return out;
}
/** Counts by value; numbers are counted by value first and named by their shortest text at the end. */
function keptCounts(column, keep) {
    const counts = new Map();
    const numberCounts = new Map();
    for (let row = 0; row < keep.length; row++) {
        if (keep[row] === 0)
            continue;
        const text = column.texts?.[row];
        if (text === undefined) {
            const n = column.numbers[row] ?? 0;
            numberCounts.set(n, (numberCounts.get(n) ?? 0) + 1);
        }
        else
            counts.set(text, (counts.get(text) ?? 0) + 1);
    }
    for (const [n, count] of numberCounts) {
        const key = String(n);
        counts.set(key, (counts.get(key) ?? 0) + count);
    }
    return counts;
}
function extractFeatures(table, features) {
    const n = table.rowCount;
    const keep = new Uint8Array(n).fill(1);
    const quality = new Map(features.map((feature) => [feature.name, markMissing((0,data_table/* columnOf */.uV)(table, feature.name), feature.type, keep)]));
    let kept = 0;
    for (let row = 0; row < n; row++)
        kept += keep[row] ?? 0;
    if (kept === 0) {
        const worst = [...quality.entries()]
            .sort(([, a], [, b]) => b.nulls + b.typeErrors - (a.nulls + a.typeErrors))
            .slice(0, 3)
            .map(([name, q]) => `${name} (${q.nulls} nulls, ${q.typeErrors} wrong types)`);
        throw new errors/* UserError */.y(`${table.label} (${table.files.join(', ')}) has no row left after dropping the rows with a null or a value ` +
            `of the wrong type in a compared feature (${n} rows read; most affected: ${worst.join(', ')}). ` +
            'Leave those features out with the features input, or fix the data.');
    }
    const values = new Map();
    for (const feature of features) {
        const column = (0,data_table/* columnOf */.uV)(table, feature.name);
        const q = quality.get(feature.name) ?? { nulls: 0, typeErrors: 0 };
        const base = { nullRate: q.nulls / n, typeErrorRate: q.typeErrors / n };
        values.set(feature.name, feature.type === 'numerical'
            ? { ...base, numbers: keptNumbers(column, keep, kept) }
            : { ...base, counts: keptCounts(column, keep) });
    }
    return { rowCount: n, keptRows: kept, values };
}

// EXTERNAL MODULE: ./packages/action-kit/src/suggest.ts
var suggest = __webpack_require__(82311);
;// CONCATENATED MODULE: ./packages/drift/src/features.ts
/**
 * Which columns are compared, and as what: the features named by the user (or every column both datasets have,
 * timestamps left out), typed by Azure ML's rules on the baseline unless the user says otherwise.
 */


/** Azure ML: an integer column is categorical when distinct values / values < 0.05. */
const INTEGER_CATEGORICAL_RATIO = 0.05;
const filesOf = (table) => table.files.join(', ');
function distinctShare(column) {
    const seen = new Set();
    for (const value of column.numbers)
        if (!Number.isNaN(value))
            seen.add(value);
    return { distinct: seen.size, share: seen.size / Math.max(1, column.stats.number) };
}
/** The type of a baseline column by Azure ML's rules (df_utils.py). */
function inferType(column) {
    const { stats } = column;
    if (stats.text + stats.boolean + stats.timestamp > 0) {
        const kinds = [
            stats.text > 0 ? 'text' : '',
            stats.boolean > 0 ? 'booleans' : '',
            stats.timestamp > 0 ? 'timestamps' : '',
        ].filter((kind) => kind !== '');
        return { type: 'categorical', reason: kinds.join(' and ') };
    }
    if (stats.integers < stats.number)
        return { type: 'numerical', reason: 'decimal numbers' };
    const { distinct, share } = distinctShare(column);
    const ratio = `${distinct} distinct of ${stats.number} integers`;
    return share < INTEGER_CATEGORICAL_RATIO
        ? { type: 'categorical', reason: `${ratio} (< ${INTEGER_CATEGORICAL_RATIO * 100}%)` }
        : { type: 'numerical', reason: `${ratio} (≥ ${INTEGER_CATEGORICAL_RATIO * 100}%)` };
}
function missingFeature(input, name, table) {
    const columns = [...table.columns.keys()];
    const hint = (0,suggest/* didYouMean */.au)(name, columns);
    return new errors/* UserError */.y(`Input '${input}' names feature '${name}', which ${table.label} (${filesOf(table)}) has no column for` +
        `${hint === '' ? '.' : `: ${hint}`} Its columns: ${columns.join(', ')}. Name only columns both datasets have.`);
}
function selectFeatures(baseline, production, selection) {
    const skipped = [];
    let names;
    if (selection.features !== undefined && selection.features.length > 0) {
        for (const name of selection.features) {
            for (const table of [baseline, production]) {
                if (!table.columns.has(name))
                    throw missingFeature('features', name, table);
            }
        }
        names = [...new Set(selection.features)];
    }
    else {
        names = [];
        for (const [name, column] of baseline.columns) {
            if (!production.columns.has(name))
                skipped.push({ name, reason: `not in ${production.label}` });
            else if (column.stats.timestamp > 0)
                skipped.push({ name, reason: 'timestamps (name it in features to compare it)' });
            else
                names.push(name);
        }
        for (const name of production.columns.keys()) {
            if (!baseline.columns.has(name))
                skipped.push({ name, reason: `not in ${baseline.label}` });
        }
        if (names.length === 0) {
            throw new errors/* UserError */.y(`${baseline.label} (${filesOf(baseline)}) and ${production.label} (${filesOf(production)}) have no column ` +
                `in common: baseline has ${[...baseline.columns.keys()].join(', ')}; production has ` +
                `${[...production.columns.keys()].join(', ')}. Compare data with the same feature columns.`);
        }
    }
    for (const [input, list] of [
        ['categorical-features', selection.categorical],
        ['numerical-features', selection.numerical],
    ]) {
        for (const name of list ?? []) {
            if (!names.includes(name)) {
                const hint = (0,suggest/* didYouMean */.au)(name, names);
                throw new errors/* UserError */.y(`Input '${input}' names '${name}', which is not a compared feature${hint === '' ? '' : ` (${hint})`}. ` +
                    `Compared features: ${names.join(', ')}.`);
            }
        }
    }
    const both = (selection.categorical ?? []).find((name) => selection.numerical?.includes(name));
    if (both !== undefined) {
        throw new errors/* UserError */.y(`Feature '${both}' is in both categorical-features and numerical-features; name it in one of them.`);
    }
    const features = names.map((name) => {
        const column = (0,data_table/* columnOf */.uV)(baseline, name);
        if (column.stats.null === column.length) {
            throw new errors/* UserError */.y(`Column '${name}' of ${baseline.label} (${filesOf(baseline)}) is empty (every value is null). ` +
                'Leave it out with the features input, or fix the data.');
        }
        if (selection.categorical?.includes(name)) {
            return { name, type: 'categorical', typeReason: 'categorical-features' };
        }
        if (selection.numerical?.includes(name)) {
            if (column.stats.text + column.stats.boolean + column.stats.timestamp > 0) {
                throw new errors/* UserError */.y(`Input 'numerical-features' names '${name}', but ${baseline.label} holds values in it that are not ` +
                    `numbers (e.g. '${column.texts?.find((t) => t !== undefined) ?? ''}'). Treat it as categorical instead.`);
            }
            return { name, type: 'numerical', typeReason: 'numerical-features' };
        }
        const inferred = inferType(column);
        return { name, type: inferred.type, typeReason: inferred.reason };
    });
    return { features, skipped };
}

;// CONCATENATED MODULE: ./packages/drift/src/metrics.ts
/**
 * The drift metrics, named as Azure ML's monitoring SDK names them, with their defaults and alert directions:
 * distances alert when the value is above the threshold, p-values when it is below (both strict).
 */
const METRIC_NAMES = [
    'jensen_shannon_distance',
    'normalized_wasserstein_distance',
    'population_stability_index',
    'two_sample_kolmogorov_smirnov_test',
    'pearsons_chi_squared_test',
];
const METRICS = {
    jensen_shannon_distance: {
        name: 'jensen_shannon_distance',
        alias: 'jsd',
        label: 'Jensen-Shannon distance',
        kind: 'distance',
        types: ['numerical', 'categorical'],
        defaultThreshold: 0.1,
    },
    normalized_wasserstein_distance: {
        name: 'normalized_wasserstein_distance',
        alias: 'nwd',
        label: 'normalized Wasserstein distance',
        kind: 'distance',
        types: ['numerical'],
        defaultThreshold: 0.1,
    },
    population_stability_index: {
        name: 'population_stability_index',
        alias: 'psi',
        label: 'population stability index',
        kind: 'distance',
        types: ['numerical', 'categorical'],
        defaultThreshold: 0.1,
    },
    two_sample_kolmogorov_smirnov_test: {
        name: 'two_sample_kolmogorov_smirnov_test',
        alias: 'ks',
        label: 'Kolmogorov-Smirnov p-value',
        kind: 'p-value',
        types: ['numerical'],
        defaultThreshold: 0.05,
    },
    pearsons_chi_squared_test: {
        name: 'pearsons_chi_squared_test',
        alias: 'chi2',
        label: "Pearson's chi-squared p-value",
        kind: 'p-value',
        types: ['categorical'],
        defaultThreshold: 0.05,
    },
};
/** Azure ML's defaults: normalized Wasserstein for numbers, Jensen-Shannon for categories. */
const DEFAULT_METRICS = {
    numerical: 'normalized_wasserstein_distance',
    categorical: 'jensen_shannon_distance',
};
/** A metric by its name or alias (case, dashes and underscores ignored), or undefined. */
function metricNamed(text) {
    const key = text.trim().toLowerCase().replace(/-/g, '_');
    return METRIC_NAMES.find((name) => name === key || METRICS[name].alias === key);
}
/** Whether the value breaches the threshold: p-values below it, distances above it. */
function breaches(metric, value, threshold) {
    return METRICS[metric].kind === 'p-value' ? value < threshold : value > threshold;
}

;// CONCATENATED MODULE: ./packages/drift/src/stats/special.ts
/** Special functions the p-values need: log-gamma, log binomial coefficients, the regularized upper gamma. */
// Lanczos approximation (g = 7, n = 9): about 15 significant digits for x > 0.
const LANCZOS = [
    0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
    12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
];
const HALF_LOG_2PI = 0.5 * Math.log(2 * Math.PI);
/** ln Γ(x) for x > 0. */
function logGamma(x) {
    if (x < 0.5)
        return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - logGamma(1 - x);
    const z = x - 1;
    let sum = LANCZOS[0] ?? 1;
    for (let i = 1; i < LANCZOS.length; i++)
        sum += (LANCZOS[i] ?? 0) / (z + i);
    const t = z + 7.5;
    return HALF_LOG_2PI + (z + 0.5) * Math.log(t) - t + Math.log(sum);
}
/** ln C(n, k). */
function logBinomial(n, k) {
    return logGamma(n + 1) - logGamma(k + 1) - logGamma(n - k + 1);
}
const EPSILON = 1e-16;
const TINY = 1e-300;
const MAX_ITERATIONS = 10_000;
/** P(a, x) by its series; converges fast for x < a + 1. */
function lowerSeries(a, x) {
    let term = 1 / a;
    let sum = term;
    for (let n = 1; n < MAX_ITERATIONS; n++) {
        term *= x / (a + n);
        sum += term;
        if (Math.abs(term) < Math.abs(sum) * EPSILON)
            break;
    }
    return sum * Math.exp(-x + a * Math.log(x) - logGamma(a));
}
/** Q(a, x) by its continued fraction (modified Lentz); converges fast for x ≥ a + 1. */
function upperFraction(a, x) {
    let b = x + 1 - a;
    let c = 1 / TINY;
    let d = 1 / b;
    let h = d;
    for (let i = 1; i < MAX_ITERATIONS; i++) {
        const an = -i * (i - a);
        b += 2;
        d = an * d + b;
        if (Math.abs(d) < TINY)
            d = TINY;
        c = b + an / c;
        if (Math.abs(c) < TINY)
            c = TINY;
        d = 1 / d;
        const delta = d * c;
        h *= delta;
        if (Math.abs(delta - 1) < EPSILON)
            break;
    }
    return Math.exp(-x + a * Math.log(x) - logGamma(a)) * h;
}
/** The regularized upper incomplete gamma function Q(a, x) = Γ(a, x) / Γ(a), for a > 0 and x ≥ 0. */
function gammaQ(a, x) {
    if (Number.isNaN(a) || Number.isNaN(x) || a <= 0 || x < 0)
        return Number.NaN;
    if (x === 0)
        return 1;
    if (x === Number.POSITIVE_INFINITY)
        return 0;
    return x < a + 1 ? 1 - lowerSeries(a, x) : upperFraction(a, x);
}

;// CONCATENATED MODULE: ./packages/drift/src/stats/chi-squared.ts
/** Pearson's chi-squared goodness-of-fit test, as scipy.stats.chisquare (ddof 0). */

/** The chi-squared distribution's survival function, scipy.stats.chi2.sf(x, df). */
function chiSquaredSf(x, df) {
    if (df <= 0 || Number.isNaN(x))
        return Number.NaN;
    if (x <= 0)
        return 1;
    return gammaQ(df / 2, x / 2);
}
/**
 * Σ (O − E)² / E over the categories, df = k − 1, p = chi2.sf(statistic, df). The expected counts must sum to the
 * observed total (as scipy requires). An expected count of 0 with observations gives an infinite statistic and
 * p = 0, as scipy does; a single category is no evidence of a difference (p = 1).
 */
function chiSquaredTest(observed, expected) {
    const k = observed.length;
    let statistic = 0;
    for (let i = 0; i < k; i++) {
        const o = observed[i] ?? 0;
        const e = expected[i] ?? 0;
        if (e === 0)
            statistic += o === 0 ? 0 : Number.POSITIVE_INFINITY;
        else
            statistic += ((o - e) * (o - e)) / e;
    }
    const df = k - 1;
    if (df < 1)
        return { statistic, df, pValue: 1 };
    return { statistic, df, pValue: statistic === Number.POSITIVE_INFINITY ? 0 : chiSquaredSf(statistic, df) };
}

;// CONCATENATED MODULE: ./packages/drift/src/stats/distances.ts
/** Distances between two distributions: Jensen-Shannon (base 2), PSI (Laplace-smoothed), Wasserstein-1. */
/** scipy.spatial.distance.jensenshannon(p, q, base=2) of two count (or weight) vectors: in [0, 1]. */
function jensenShannonDistance(p, q) {
    let sp = 0;
    let sq = 0;
    for (const v of p)
        sp += v;
    for (const v of q)
        sq += v;
    let divergence = 0;
    for (let i = 0; i < p.length; i++) {
        const pi = (p[i] ?? 0) / sp;
        const qi = (q[i] ?? 0) / sq;
        const m = (pi + qi) / 2;
        if (pi > 0)
            divergence += pi * Math.log(pi / m);
        if (qi > 0)
            divergence += qi * Math.log(qi / m);
    }
    return Math.sqrt(Math.max(0, divergence / 2 / Math.LN2));
}
/**
 * Population stability index with Laplace smoothing (Azure ML): each side's share of bin i is
 * (count_i + 1) / (n + k); PSI = Σ (prod_i − base_i) · ln(prod_i / base_i).
 */
function populationStabilityIndex(baseline, production) {
    const k = baseline.length;
    let nb = 0;
    let np = 0;
    for (let i = 0; i < k; i++) {
        nb += baseline[i] ?? 0;
        np += production[i] ?? 0;
    }
    let psi = 0;
    for (let i = 0; i < k; i++) {
        const b = ((baseline[i] ?? 0) + 1) / (nb + k);
        const p = ((production[i] ?? 0) + 1) / (np + k);
        psi += (p - b) * Math.log(p / b);
    }
    return psi;
}
/** scipy.stats.wasserstein_distance(a, b) of two ascending arrays: ∫ |U(x) − V(x)| dx. */
function wassersteinDistance(a, b) {
    const n1 = a.length;
    const n2 = b.length;
    let i = 0;
    let j = 0;
    let previous = Math.min(a[0] ?? 0, b[0] ?? 0);
    let total = 0;
    while (i < n1 || j < n2) {
        const x = j >= n2 || (i < n1 && (a[i] ?? 0) <= (b[j] ?? 0)) ? (a[i] ?? 0) : (b[j] ?? 0);
        total += Math.abs(i / n1 - j / n2) * (x - previous);
        previous = x;
        while (i < n1 && a[i] === x)
            i++;
        while (j < n2 && b[j] === x)
            j++;
    }
    return total;
}
/** Sample standard deviation (ddof = 1), as Spark's stddev; 0 for fewer than two values. */
function sampleStd(values) {
    const n = values.length;
    if (n < 2)
        return 0;
    let mean = 0;
    for (let i = 0; i < n; i++)
        mean += values[i] ?? 0;
    mean /= n;
    let squares = 0;
    for (let i = 0; i < n; i++) {
        const d = (values[i] ?? 0) - mean;
        squares += d * d;
    }
    return Math.sqrt(squares / (n - 1));
}
/** Azure ML's normalized Wasserstein distance: W₁(baseline, production) / max(std(baseline, ddof=1), 0.001). */
function normalizedWassersteinDistance(baseline, production) {
    return wassersteinDistance(baseline, production) / Math.max(sampleStd(baseline), 0.001);
}

;// CONCATENATED MODULE: ./packages/drift/src/stats/histogram.ts
/** Azure ML's binning of numerical features: Sturges on the smaller dataset, equal width over the combined range. */
/** ⌈log₂(min(n_baseline, n_production)) + 1⌉. */
function sturgesBinCount(baselineCount, productionCount) {
    return Math.ceil(Math.log2(Math.min(baselineCount, productionCount)) + 1);
}
/** k equal-width bins over [min, max] (k + 1 edges); one bin when the range is empty. */
function equalWidthEdges(min, max, k) {
    if (min === max)
        return Float64Array.of(min, max);
    const width = (max - min) / k;
    const edges = new Float64Array(k + 1);
    for (let b = 0; b <= k; b++)
        edges[b] = min + b * width;
    edges[k] = max;
    return edges;
}
/** Counts per bin: [e_i, e_{i+1}), the last bin closed (numpy.histogram, Spark's rdd.histogram). */
function histogramCounts(values, edges) {
    const k = Math.max(1, edges.length - 1);
    const counts = new Float64Array(k);
    for (const x of values) {
        let lo = 0;
        let hi = k;
        // The bin is the last edge ≤ x, kept within 0 … k − 1 (x = max falls in the last bin).
        while (hi - lo > 1) {
            const mid = (lo + hi) >> 1;
            if ((edges[mid] ?? 0) <= x)
                lo = mid;
            else
                hi = mid;
        }
        counts[lo] = (counts[lo] ?? 0) + 1;
    }
    return counts;
}

;// CONCATENATED MODULE: ./packages/drift/src/stats/ks-exact.ts
/**
 * The exact two-sided p-value of the two-sample Kolmogorov-Smirnov statistic, ported from scipy
 * (`_compute_prob_outside_square` for equal sizes, `_compute_outer_prob_inside_method` otherwise: Hodges' lattice
 * path count with Viehmann's recursion for 1 − p).
 */
function gcd(a, b) {
    let x = a;
    let y = b;
    while (y !== 0)
        [x, y] = [y, x % y];
    return x;
}
/** Pr(D_{n,n} ≥ h/n): the share of paths that leave the band |x − y| < h. */
function probOutsideSquare(n, h) {
    let p = 0;
    for (let k = Math.floor(n / h); k >= 0; k--) {
        let p1 = 1;
        for (let j = 0; j < h; j++)
            p1 = ((n - k * h - j) * p1) / (n + k * h + j + 1);
        p = p1 * (1 - p);
    }
    return 2 * p;
}
/** The share of lattice paths from (0,0) to (m,n) that do not stay strictly inside |x/m − y/n| < h/lcm. */
function outerProbInsideMethod(m0, n0, g, h) {
    const m = Math.max(m0, n0);
    const n = Math.min(m0, n0);
    const mg = m / g;
    const ng = n / g;
    let minj = 0;
    let maxj = Math.min(Math.ceil(h / mg), n + 1);
    let curlen = maxj - minj;
    const lenA = Math.min(2 * maxj + 2, n + 1);
    const a = new Float64Array(lenA).fill(1);
    a.fill(0, minj, maxj);
    for (let i = 1; i <= m; i++) {
        const lastminj = minj;
        const lastlen = curlen;
        minj = Math.min(Math.max(Math.floor((ng * i - h) / mg) + 1, 0), n);
        maxj = Math.min(Math.ceil((ng * i + h) / mg), n + 1);
        if (maxj <= minj)
            return 1;
        let val = minj === 0 ? 0 : 1;
        for (let jj = 0; jj < maxj - minj; jj++) {
            const j = jj + minj;
            val = ((a[jj + minj - lastminj] ?? 0) * i + val * j) / (i + j);
            a[jj] = val;
        }
        curlen = maxj - minj;
        if (lastlen > curlen)
            a.fill(1, maxj - minj, maxj - minj + (lastlen - curlen));
    }
    return a[maxj - minj - 1] ?? Number.NaN;
}
/** scipy's `_attempt_exact_2kssamp` for the two-sided alternative. */
function exactKsPValue(n1, n2, d) {
    const g = gcd(n1, n2);
    const lcm = (n1 / g) * n2;
    const h = Math.round(d * lcm);
    const statistic = h / lcm;
    if (h === 0)
        return { statistic, pValue: 1 };
    const p = n1 === n2 ? probOutsideSquare(n1, h) : outerProbInsideMethod(n1, n2, g, h);
    return { statistic, pValue: Number.isFinite(p) && p >= 0 && p <= 1 ? p : undefined };
}

;// CONCATENATED MODULE: ./packages/drift/src/stats/kolmogorov.ts
/**
 * The survival function of the one-sample two-sided Kolmogorov-Smirnov statistic D_n, scipy.stats.kstwo.sf(d, n),
 * which scipy's ks_2samp uses for large samples (n = round(n1·n2 / (n1 + n2))). scipy follows Simard & L'Ecuyer
 * (2011); this port keeps its branches for the right tail (Ruben-Gambino, 2 × the exact one-sided Smirnov
 * probability when n·d² ≥ 2.2, zero when n·d² ≥ 370) and uses the Pelz-Good expansion elsewhere, where scipy uses
 * the Durbin matrix for n·d^1.5 ≤ 1.4 or n ≤ 140. Both agree with scipy to about 1e-5 in p there (tested).
 */

/** Pr(D⁺_n ≥ d), exactly, by the Birnbaum-Tingey sum (in logarithms). */
function smirnovSf(n, d) {
    if (d <= 0)
        return 1;
    if (d >= 1)
        return 0;
    const last = Math.floor(n * (1 - d));
    const logs = [];
    let max = Number.NEGATIVE_INFINITY;
    for (let j = 0; j <= last; j++) {
        const rest = 1 - d - j / n;
        const powerRest = n - j === 0 ? 0 : rest <= 0 ? Number.NEGATIVE_INFINITY : (n - j) * Math.log(rest);
        const term = logBinomial(n, j) + powerRest + (j - 1) * Math.log(d + j / n);
        logs.push(term);
        if (term > max)
            max = term;
    }
    if (max === Number.NEGATIVE_INFINITY)
        return 0;
    let sum = 0;
    for (const term of logs)
        sum += Math.exp(term - max);
    return Math.min(1, Math.max(0, d * Math.exp(max) * sum));
}
const PI2 = Math.PI ** 2;
const PI4 = Math.PI ** 4;
const PI6 = Math.PI ** 6;
const SQRT2PI = Math.sqrt(2 * Math.PI);
/** The Pelz-Good approximation of Pr(D_n ≤ x). */
function pelzGoodCdf(n, x) {
    const z = Math.sqrt(n) * x;
    const z2 = z * z;
    const z4 = z2 * z2;
    const z6 = z4 * z2;
    const qlog = -PI2 / 8 / z2;
    if (qlog < -708)
        return 0;
    let q = Math.exp(qlog);
    const k1a = -z2;
    const k1b = PI2 / 4;
    const k2a = 6 * z6 + 2 * z4;
    const k2b = ((2 * z4 - 5 * z2) * PI2) / 4;
    const k2c = (PI4 * (1 - 2 * z2)) / 16;
    const k3d = (PI6 * (5 - 30 * z2)) / 64;
    const k3c = (PI4 * (-60 * z2 + 212 * z4)) / 16;
    const k3b = (PI2 * (135 * z4 - 96 * z6)) / 4;
    const k3a = -30 * z6 - 90 * z4 * z4;
    const k = [0, 0, 0, 0];
    const maxk = Math.ceil((16 * z) / Math.PI);
    for (let i = maxk; i > 0; i--) {
        const m = 2 * i - 1;
        const m2 = m * m;
        const qpower = q ** (8 * i);
        const coeffs = [
            1,
            k1a + k1b * m2,
            k2a + k2b * m2 + k2c * m2 * m2,
            k3a + k3b * m2 + k3c * m2 * m2 + k3d * m2 * m2 * m2,
        ];
        for (let c = 0; c < 4; c++)
            k[c] = (k[c] ?? 0) * qpower + (coeffs[c] ?? 0);
    }
    const divisors = [z, 6 * z4, 72 * z ** 7, 6480 * z ** 10];
    for (let c = 0; c < 4; c++)
        k[c] = ((k[c] ?? 0) * q * SQRT2PI) / (divisors[c] ?? 1);
    q = Math.exp(-PI2 / 2 / z2);
    let k2extra = 0;
    let k3extra = 0;
    const sqrt3z = Math.sqrt(3) * z;
    for (let i = maxk; i > 0; i--) {
        const i2 = i * i;
        const qp = q ** i2;
        k2extra += i2 * qp;
        k3extra += (sqrt3z + Math.PI * i) * (sqrt3z - Math.PI * i) * i2 * qp;
    }
    k[2] = (k[2] ?? 0) + (k2extra * PI2 * SQRT2PI) / (-36 * z ** 3);
    k[3] = (k[3] ?? 0) + (k3extra * PI2 * SQRT2PI) / (216 * z6);
    let sum = 0;
    for (let c = 0; c < 4; c++)
        sum += (k[c] ?? 0) / n ** (c / 2);
    return sum;
}
const clip = (p) => Math.min(1, Math.max(0, p));
/** log(n! / nⁿ). */
function logFactorialOverPower(n) {
    return logGamma(n + 1) - n * Math.log(n);
}
/** scipy.stats.kstwo.sf(d, n). */
function kolmogorovSf(n, d) {
    if (d >= 1)
        return 0;
    if (d <= 0)
        return 1;
    const t = n * d;
    if (t <= 1) {
        if (t <= 0.5)
            return 1;
        return clip(1 - Math.exp(logFactorialOverPower(n) + n * Math.log(2 * t - 1)));
    }
    if (t >= n - 1)
        return clip(2 * (1 - d) ** n);
    const nd2 = t * d;
    if (d >= 0.5 || nd2 >= 2.2)
        return nd2 >= 370 ? 0 : clip(2 * smirnovSf(n, d));
    return clip(1 - pelzGoodCdf(n, d));
}

;// CONCATENATED MODULE: ./packages/drift/src/stats/ks.ts
/** The two-sample Kolmogorov-Smirnov test, two-sided, as scipy.stats.ks_2samp(a, b, method='auto'). */


/** scipy's 'auto': exact when the larger sample has at most this many values. */
const KS_EXACT_MAX_N = 10_000;
/** max |F₁(x) − F₂(x)| over the pooled values, for two ascending arrays. */
function ksStatistic(a, b) {
    const n1 = a.length;
    const n2 = b.length;
    let i = 0;
    let j = 0;
    let d = 0;
    while (i < n1 && j < n2) {
        const x = Math.min(a[i] ?? 0, b[j] ?? 0);
        while (i < n1 && a[i] === x)
            i++;
        while (j < n2 && b[j] === x)
            j++;
        const diff = Math.abs(i / n1 - j / n2);
        if (diff > d)
            d = diff;
    }
    return d;
}
/** Both arrays ascending and non-empty. */
function ksTwoSample(a, b) {
    const n1 = a.length;
    const n2 = b.length;
    if (n1 === 0 || n2 === 0)
        throw new Error('ksTwoSample: both samples need values');
    const d = ksStatistic(a, b);
    if (Math.max(n1, n2) <= KS_EXACT_MAX_N) {
        const exact = exactKsPValue(n1, n2, d);
        if (exact.pValue !== undefined) {
            return { statistic: exact.statistic, pValue: exact.pValue, method: 'exact' };
        }
    }
    const [m, n] = n1 >= n2 ? [n1, n2] : [n2, n1];
    return { statistic: d, pValue: kolmogorovSf(Math.round((m * n) / (m + n)), d), method: 'asymptotic' };
}

;// CONCATENATED MODULE: ./packages/drift/src/compare.ts
/** Per-feature drift between a baseline and a production table, with data quality, by Azure ML's conventions. */








function range(values) {
    let min = Number.POSITIVE_INFINITY;
    let max = Number.NEGATIVE_INFINITY;
    let sum = 0;
    for (const v of values) {
        if (v < min)
            min = v;
        if (v > max)
            max = v;
        sum += v;
    }
    return { min, max, mean: sum / values.length };
}
function numerical(metric, base, prod) {
    const b = base.numbers ?? new Float64Array();
    const p = prod.numbers ?? new Float64Array();
    const rb = range(b);
    const rp = range(p);
    let outside = 0;
    for (const v of p)
        if (v < rb.min || v > rb.max)
            outside++;
    const sides = {
        baseline: { nullRate: base.nullRate, typeErrorRate: base.typeErrorRate, ...rb },
        production: {
            nullRate: prod.nullRate,
            typeErrorRate: prod.typeErrorRate,
            ...rp,
            outOfBoundsRate: outside / p.length,
        },
    };
    if (metric === 'normalized_wasserstein_distance' || metric === 'two_sample_kolmogorov_smirnov_test') {
        // The extracted arrays belong to this comparison: sorted in place.
        const sb = b.sort();
        const sp = p.sort();
        if (metric === 'normalized_wasserstein_distance') {
            return { value: normalizedWassersteinDistance(sb, sp), ...sides };
        }
        const ks = ksTwoSample(sb, sp);
        return { value: ks.pValue, pValueMethod: ks.method, ...sides };
    }
    const bins = sturgesBinCount(b.length, p.length);
    const edges = equalWidthEdges(Math.min(rb.min, rp.min), Math.max(rb.max, rp.max), bins);
    const hb = histogramCounts(b, edges);
    const hp = histogramCounts(p, edges);
    const value = metric === 'population_stability_index'
        ? populationStabilityIndex(hb, hp)
        : jensenShannonDistance(hb, hp);
    return { value, bins: edges.length - 1, ...sides };
}
function compare_top(counts, total) {
    let best;
    for (const entry of counts)
        if (best === undefined || entry[1] > best[1])
            best = entry;
    return best === undefined ? undefined : { value: best[0], share: best[1] / total };
}
function categorical(metric, base, prod) {
    const cb = base.counts ?? new Map();
    const cp = prod.counts ?? new Map();
    const categories = [...new Set([...cb.keys(), ...cp.keys()])];
    const hb = Float64Array.from(categories, (c) => cb.get(c) ?? 0);
    const hp = Float64Array.from(categories, (c) => cp.get(c) ?? 0);
    let nb = 0;
    let np = 0;
    let outside = 0;
    for (const count of cb.values())
        nb += count;
    for (const [category, count] of cp) {
        np += count;
        if (!cb.has(category))
            outside += count;
    }
    const sides = {
        baseline: { nullRate: base.nullRate, typeErrorRate: base.typeErrorRate, top: compare_top(cb, nb) },
        production: {
            nullRate: prod.nullRate,
            typeErrorRate: prod.typeErrorRate,
            top: compare_top(cp, np),
            outOfBoundsRate: outside / np,
        },
    };
    let value;
    if (metric === 'pearsons_chi_squared_test') {
        const expected = hb.map((count) => (count / nb) * np);
        value = chiSquaredTest(hp, expected).pValue;
    }
    else if (metric === 'population_stability_index')
        value = populationStabilityIndex(hb, hp);
    else
        value = jensenShannonDistance(hb, hp);
    return { value, categories: categories.length, ...sides };
}
function valuesOf(values, name) {
    const found = values.get(name);
    if (found === undefined)
        throw new Error(`no values extracted for feature '${name}'`);
    return found;
}
function compareTables(baseline, production, options = {}) {
    const { features, skipped } = selectFeatures(baseline, production, options);
    const base = extractFeatures(baseline, features);
    const prod = extractFeatures(production, features);
    const results = features.map((feature) => {
        const metric = options.metrics?.features?.[feature.name] ??
            options.metrics?.[feature.type] ??
            DEFAULT_METRICS[feature.type];
        if (!METRICS[metric].types.includes(feature.type)) {
            throw new errors/* UserError */.y(`Input 'metrics' asks for ${metric} on feature '${feature.name}', which is ${feature.type} ` +
                `(${feature.typeReason}); ${metric} applies to ${METRICS[metric].types.join(' and ')} features only. ` +
                `Choose another metric for it, or set its type with categorical-features or numerical-features.`);
        }
        const threshold = options.thresholds?.features?.[feature.name] ??
            options.thresholds?.metrics?.[metric] ??
            METRICS[metric].defaultThreshold;
        const b = valuesOf(base.values, feature.name);
        const p = valuesOf(prod.values, feature.name);
        const measured = feature.type === 'numerical' ? numerical(metric, b, p) : categorical(metric, b, p);
        return {
            feature: feature.name,
            type: feature.type,
            typeReason: feature.typeReason,
            metric,
            threshold,
            drifted: breaches(metric, measured.value, threshold),
            ...measured,
        };
    });
    const drifted = results.filter((r) => r.drifted).map((r) => r.feature);
    return {
        features: results,
        drifted,
        driftShare: drifted.length / results.length,
        rows: {
            baseline: base.rowCount,
            production: prod.rowCount,
            baselineUsed: base.keptRows,
            productionUsed: prod.keptRows,
        },
        skipped,
    };
}

;// CONCATENATED MODULE: ./actions/drift-check/src/options.ts
/** The metrics and thresholds inputs as comparison options, every key and value checked. */


const TYPES = ['numerical', 'categorical'];
const METRIC_LIST = METRIC_NAMES.map((name) => `${name} (${METRICS[name].alias})`).join(', ');
function checkFeature(input, key, baseline) {
    if (baseline.columns.has(key))
        return;
    const candidates = [...baseline.columns.keys()];
    const hint = (0,suggest/* didYouMean */.au)(key, [...candidates, ...TYPES, ...METRIC_NAMES.map((m) => METRICS[m].alias)]);
    throw new errors/* UserError */.y(`Input '${input}' has the key '${key}', which is no feature of the baseline${hint === '' ? '' : ` (${hint})`}. ` +
        `Keys are ${input === 'metrics' ? 'numerical, categorical' : 'metric names'} or feature names (${candidates.join(', ')}).`);
}
function metricOf(key, value) {
    const metric = metricNamed(value);
    if (metric === undefined) {
        const hint = (0,suggest/* didYouMean */.au)(value, [...METRIC_NAMES, ...METRIC_NAMES.map((m) => METRICS[m].alias)]);
        throw new errors/* UserError */.y(`Input 'metrics' has ${key}=${value}, which is no metric${hint === '' ? '' : ` (${hint})`}. Metrics: ${METRIC_LIST}.`);
    }
    return metric;
}
function compareOptions(inputs, baseline) {
    const metrics = {};
    const byFeature = {};
    for (const [key, value] of Object.entries(inputs.metrics ?? {})) {
        const metric = metricOf(key, value);
        const type = TYPES.find((t) => t === key);
        if (type === undefined) {
            checkFeature('metrics', key, baseline);
            byFeature[key] = metric;
        }
        else if (!METRICS[metric].types.includes(type)) {
            throw new errors/* UserError */.y(`Input 'metrics' has ${key}=${value}, but ${metric} applies to ${METRICS[metric].types.join(' and ')} ` +
                `features only. For ${type} features use one of ${METRIC_NAMES.filter((m) => METRICS[m].types.includes(type)).join(', ')}.`);
        }
        else
            metrics[type] = metric;
    }
    const thresholds = { metrics: {}, features: {} };
    for (const [key, text] of Object.entries(inputs.thresholds ?? {})) {
        const value = Number(text);
        if (text.trim() === '' || !Number.isFinite(value)) {
            throw new errors/* UserError */.y(`Input 'thresholds' has ${key}=${text}, which is not a number. Write e.g. nwd=0.2.`);
        }
        const metric = metricNamed(key);
        if (metric !== undefined && METRICS[metric].kind === 'p-value' && !(value > 0 && value < 1)) {
            throw new errors/* UserError */.y(`Input 'thresholds' has ${key}=${text}: ${metric} is a p-value, so its threshold must be between 0 and 1 ` +
                '(drift when the p-value is below it; 0.05 is usual).');
        }
        if (value < 0)
            throw new errors/* UserError */.y(`Input 'thresholds' has ${key}=${text}: thresholds are not negative.`);
        if (metric !== undefined)
            thresholds.metrics[metric] = value;
        else {
            checkFeature('thresholds', key, baseline);
            thresholds.features[key] = value;
        }
    }
    return {
        ...(inputs.features === undefined ? {} : { features: inputs.features }),
        ...(inputs.categoricalFeatures === undefined ? {} : { categorical: inputs.categoricalFeatures }),
        ...(inputs.numericalFeatures === undefined ? {} : { numerical: inputs.numericalFeatures }),
        metrics: { ...metrics, features: byFeature },
        thresholds,
    };
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
;// CONCATENATED MODULE: ./actions/drift-check/src/report.ts
/** The JSON report of a drift check: what was compared, how (the conventions), and every feature's result. */




const CONVENTIONS = {
    reference: 'Azure ML model monitoring (data drift signal)',
    types: 'inferred on the baseline: text, booleans and timestamps categorical; decimals numerical; integers ' +
        'categorical when distinct/count < 0.05, else numerical (categorical-features / numerical-features override)',
    nulls: 'rows with a null (or a value of the wrong type) in any compared feature are dropped from every feature',
    binning: "numerical histograms: ceil(log2(min(n_baseline, n_production)) + 1) bins (Sturges' rule on the smaller " +
        'dataset), equal width over the combined [min, max]',
    jensenShannon: 'scipy.spatial.distance.jensenshannon(base=2), in [0, 1]',
    populationStabilityIndex: 'Laplace smoothing: (count + 1) / (n + bins) on each side; natural log',
    normalizedWasserstein: 'scipy.stats.wasserstein_distance / max(std(baseline, ddof=1), 0.001)',
    kolmogorovSmirnov: `scipy.stats.ks_2samp(method="auto") p-value: exact when both samples have at most ${KS_EXACT_MAX_N} values, else the kstwo distribution`,
    chiSquared: 'scipy.stats.chisquare p-value, expected = baseline share × production count over both datasets’ categories',
    alerts: 'p-values drift when below the threshold, distances when above it (strict)',
};
function buildReport(result, tables, sources, now) {
    return {
        schema: 'aml-actions/drift-check/v1',
        generatedAt: now.toISOString(),
        driftDetected: result.drifted.length > 0,
        driftedFeatures: result.drifted,
        driftShare: result.driftShare,
        baseline: {
            source: sources.baseline.description,
            files: tables.baseline.files,
            rows: result.rows.baseline,
            rowsUsed: result.rows.baselineUsed,
        },
        production: {
            source: sources.production.description,
            files: tables.production.files,
            rows: result.rows.production,
            rowsUsed: result.rows.productionUsed,
            ...(sources.production.window === undefined ? {} : { window: sources.production.window }),
        },
        conventions: CONVENTIONS,
        features: result.features,
        skippedColumns: result.skipped,
    };
}
/** Writes the report; `file` undefined: drift-report.json in RUNNER_TEMP (or the working folder). */
async function writeReport(report, file, runnerTemp) {
    const target = external_node_path_default().resolve(file ?? external_node_path_default().join(runnerTemp ?? '.', 'drift-report.json'));
    try {
        await (0,promises_.mkdir)(external_node_path_default().dirname(target), { recursive: true });
        await (0,promises_.writeFile)(target, `${JSON.stringify(report, null, 2)}\n`);
    }
    catch (error) {
        throw new errors/* UserError */.y(`Input 'report-file': the report could not be written to ${target} (${error.message}). ` +
            'Give a path in a writable folder.', { cause: error });
    }
    return target;
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
;// CONCATENATED MODULE: ./packages/drift/src/data/local-files.ts
/** Local data: one file, or every data file under a folder (recursively, in name order). */





function localFile(file, size) {
    const format = (0,read_table/* formatOf */.be)(file);
    if (format === undefined)
        return undefined;
    return { name: file, format, size, chunks: () => (0,external_node_fs_.createReadStream)(file, { highWaterMark: 1024 * 1024 }) };
}
/** The data files at `location` (a file or a folder); `input` names the input for errors. */
async function localDataFiles(location, input) {
    const info = await (0,promises_.stat)(location).catch(() => undefined);
    if (info === undefined) {
        throw new errors/* UserError */.y(`Input '${input}' is '${location}', which does not exist (relative paths start at the workspace: ` +
            `${process.cwd()}). Give a file or folder of data, or an azureml:// URI.`);
    }
    if (info.isFile()) {
        const file = localFile(location, info.size);
        if (file === undefined) {
            throw new errors/* UserError */.y(`Input '${input}' is '${location}', whose format is not known by its extension: use ${read_table/* SUPPORTED_FORMATS */.SP}.`);
        }
        return [file];
    }
    const entries = await (0,promises_.readdir)(location, { recursive: true, withFileTypes: true });
    const files = [];
    for (const entry of entries
        .filter((e) => e.isFile())
        .sort((a, b) => a.parentPath.localeCompare(b.parentPath) || a.name.localeCompare(b.name))) {
        const full = external_node_path_default().join(entry.parentPath, entry.name);
        const file = localFile(full, (await (0,promises_.stat)(full)).size);
        if (file !== undefined)
            files.push(file);
    }
    if (files.length === 0) {
        throw new errors/* UserError */.y(`Input '${input}' is the folder '${location}', which holds no data files: expected ${read_table/* SUPPORTED_FORMATS */.SP}.`);
    }
    return files;
}

;// CONCATENATED MODULE: ./actions/drift-check/src/sources.ts
/**
 * Where the baseline and production data come from: local files, azureml:// references (datastore paths, data assets,
 * job outputs) or an endpoint's data collector. The workspace inputs, the sign-in and the Azure SDK (./azure-data.js)
 * are needed only for the last two.
 */


function checkCombination(inputs) {
    if (inputs.production !== undefined && inputs.endpointName !== undefined) {
        throw new errors/* UserError */.y("Inputs 'production' and 'endpoint-name' are both set: give production data either as files (production) " +
            "or as what an endpoint's data collector gathered (endpoint-name), not both.");
    }
    if (inputs.endpointName === undefined && inputs.deploymentName !== undefined) {
        throw new errors/* UserError */.y(`Input 'deployment-name' is '${inputs.deploymentName}' but endpoint-name is empty: name the endpoint whose ` +
            'collected data to read.');
    }
    if (inputs.production === undefined && inputs.endpointName === undefined) {
        throw new errors/* UserError */.y("No production data: set 'production' (a file, folder or azureml:// URI) or 'endpoint-name' (read the " +
            "endpoint's data collector output for the last lookback hours).");
    }
}
async function resolveSources(inputs, deps) {
    checkCombination(inputs);
    let azure;
    const azureData = () => (azure ??= Promise.all(/* import() */[__webpack_require__.e(865), __webpack_require__.e(277), __webpack_require__.e(712), __webpack_require__.e(158)]).then(__webpack_require__.bind(__webpack_require__, 35158)).then((module) => module.connectAzureData(inputs, deps)));
    const pathSource = async (value, input) => value.trim().toLowerCase().startsWith('azureml:')
        ? (await azureData()).referenceSource(value, input)
        : { description: value, files: await localDataFiles(value, input), read: {} };
    const baseline = await pathSource(inputs.baseline, 'baseline');
    if (inputs.production !== undefined) {
        return { baseline, production: await pathSource(inputs.production, 'production') };
    }
    const end = deps.now?.() ?? new Date();
    return {
        baseline,
        production: await (await azureData()).collectorSource({
            endpoint: inputs.endpointName ?? '',
            deployment: inputs.deploymentName,
            collection: inputs.collection,
            start: new Date(end.getTime() - inputs.lookback),
            end,
        }),
    };
}

;// CONCATENATED MODULE: ./actions/drift-check/src/summary.ts

const percent = (share) => `${(100 * share).toFixed(share > 0 && share < 0.001 ? 3 : 1)} %`;
const count = (n) => n.toLocaleString('en-US');
/** 4 significant digits; very small or large values in exponent form. */
function formatValue(value) {
    if (value === 0 || !Number.isFinite(value))
        return String(value);
    const magnitude = Math.abs(value);
    return magnitude < 1e-4 || magnitude >= 1e6 ? value.toExponential(3) : String(Number(value.toPrecision(4)));
}
function row(feature) {
    const info = METRICS[feature.metric];
    return [
        { markdown: `\`${feature.feature.replace(/`/g, "'")}\`` },
        feature.type,
        `${info.alias}${info.kind === 'p-value' ? ' p-value' : ''}`,
        formatValue(feature.value),
        `${info.kind === 'p-value' ? '<' : '>'} ${formatValue(feature.threshold)}`,
        feature.drifted ? '✗ yes' : '✓ no',
        `${percent(feature.baseline.nullRate)} / ${percent(feature.production.nullRate)}`,
        percent(feature.production.outOfBoundsRate),
    ];
}
function writeSummary(summary, report, reportFile) {
    const { baseline, production } = report;
    const total = report.features.length;
    summary.heading('Data drift: baseline vs production');
    if (report.driftDetected) {
        summary.status('warning', `Drift in ${report.driftedFeatures.length} of ${total} features (${percent(report.driftShare)}): ` +
            report.driftedFeatures.join(', '));
    }
    else {
        summary.status('success', `No drift in ${total} features`);
    }
    const window = production.window;
    summary.keyValue({
        Baseline: `${baseline.source}: ${count(baseline.rows)} rows (${count(baseline.rowsUsed)} without nulls)`,
        Production: `${production.source}: ${count(production.rows)} rows (${count(production.rowsUsed)} without nulls)`,
        Window: window === undefined
            ? undefined
            : `${window.start} to ${window.end} (${window.hours} h, deployment(s) ${window.deployments.join(', ')})`,
        Report: { markdown: `\`${reportFile}\`` },
    });
    summary.table([
        'Feature',
        'Type',
        'Metric',
        'Value',
        'Drift when',
        'Drifted',
        'Nulls (baseline / production)',
        'Out of bounds',
    ], report.features.map(row));
    if (report.skippedColumns.length > 0) {
        summary.details(`Columns not compared (${report.skippedColumns.length})`, (inner) => {
            inner.table(['Column', 'Why'], report.skippedColumns.map((s) => [s.name, s.reason]));
        });
    }
    summary.heading('What next', 3);
    summary.paragraph(report.driftDetected
        ? 'The production data no longer looks like the training data for the features above. Check the data ' +
            'quality columns first (a pipeline bug looks like drift), then retrain on recent data: ' +
            '`workflows-examples/ml-monitor.yml` does it when drift-detected is true (train and register in ' +
            'development, then release through staging to production like `ml-cd.yml`); in your own workflow, gate a ' +
            "later step on `steps.<id>.outputs.drift-detected == 'true'`, e.g. `gh workflow run ml-cd.yml`."
        : 'Nothing to do: keep checking on a schedule (as `workflows-examples/ml-monitor.yml` does every morning ' +
            'with `endpoint-name`), and retrain when it reports drift.');
}

;// CONCATENATED MODULE: ./actions/drift-check/src/run.ts
/**
 * drift-check: baseline and production data (local files, azureml:// URIs or an endpoint's data collector) →
 * per-feature drift and data quality by Azure ML's conventions → outputs, JSON report, job summary, and a warning
 * or a failed step when features drifted. Read-only: it changes nothing in Azure.
 */






async function runDriftCheck(context, inputs, deps) {
    const { log, outputs, summary, signal } = context;
    const now = deps.now ?? (() => new Date());
    const sources = await resolveSources(inputs, {
        env: deps.env,
        getIdToken: deps.getIdToken,
        log,
        signal,
        now,
    });
    const read = (label, source) => log.group(`Reading ${label}: ${source.description} (${source.files.length} file(s))`, () => (0,read_table/* readTable */.xz)(source.files, { label, input: label, log, signal, ...source.read }));
    const baseline = await read('baseline', sources.baseline);
    const production = await read('production', sources.production);
    for (const table of [baseline, production]) {
        if (table.rowCount === 0) {
            throw new errors/* UserError */.y(`Input '${table.label}': ${table.files.join(', ')} hold${table.files.length === 1 ? 's' : ''} no rows. ` +
                (table.label === 'production' && sources.production.window !== undefined
                    ? 'No collected line falls in the window: widen lookback or score requests first.'
                    : 'Give data with at least one row.'));
        }
    }
    const result = compareTables(baseline, production, compareOptions(inputs, baseline));
    for (const feature of result.features) {
        const info = METRICS[feature.metric];
        log.info(`${feature.drifted ? '✗' : '✓'} ${feature.feature} (${feature.type}: ${feature.typeReason}): ${info.alias} ` +
            `${formatValue(feature.value)} (drift when ${info.kind === 'p-value' ? '<' : '>'} ${feature.threshold})`);
    }
    warnDroppedRows(result, log);
    const report = buildReport(result, { baseline, production }, sources, now());
    const reportFile = await writeReport(report, inputs.reportFile, deps.env.RUNNER_TEMP);
    outputs.set('drift-detected', report.driftDetected);
    outputs.set('drifted-features', result.drifted.join(','));
    outputs.set('drift-share', Number(result.driftShare.toFixed(6)));
    outputs.set('report-file', reportFile);
    writeSummary(summary, report, reportFile);
    const verdict = `${result.drifted.length} of ${result.features.length} features drifted ` +
        `(${baseline.label} ${result.rows.baselineUsed} rows vs ${production.label} ${result.rows.productionUsed} rows)`;
    if (result.drifted.length === 0) {
        log.info(`No drift: ${verdict}. Report: ${reportFile}`);
        return;
    }
    const message = `Data drift: ${verdict}: ${result.drifted.join(', ')}. Report: ${reportFile}`;
    if (inputs.failOnDrift) {
        throw new errors/* UserError */.y(`${message}. Retrain on recent data, or raise the thresholds if this change is expected.`);
    }
    log.warning(`${message}. fail-on-drift is false: the step passes; drift-detected is true.`);
}
/** Azure ML drops every row with a null in any compared feature: say so when that leaves out much of the data. */
function warnDroppedRows(result, log) {
    for (const side of ['baseline', 'production']) {
        const rows = result.rows[side];
        const used = side === 'baseline' ? result.rows.baselineUsed : result.rows.productionUsed;
        if (used >= rows * 0.8)
            continue;
        const worst = result.features
            .map((f) => ({ name: f.feature, rate: f[side].nullRate + f[side].typeErrorRate }))
            .filter((f) => f.rate > 0)
            .sort((a, b) => b.rate - a.rate)
            .slice(0, 3)
            .map((f) => `${f.name} ${(100 * f.rate).toFixed(1)} %`);
        log.warning(`${side}: only ${used} of ${rows} rows are compared: a row with a null in any compared feature is left out ` +
            `(most nulls: ${worst.join(', ')}). Leave such features out with the features input to compare more rows.`);
    }
}


/***/ }),

/***/ 50783:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ findJsonProblem)
/* harmony export */ });
/* unused harmony export linePosition */
/**
 * Where JSON text goes wrong, as a 1-based line and column, for annotations. Node 20's JSON.parse names no position
 * for an unexpected token, so a small scanner walks the JSON grammar and stops at the first character that cannot
 * continue it.
 */
const WHITESPACE = new Set([' ', '\t', '\n', '\r']);
const LITERALS = ['true', 'false', 'null'];
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
// JSON strings may not hold raw control characters (U+0000 to U+001F), so the pattern names them.
// eslint-disable-next-line no-control-regex
const STRING = /"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/y;
class Scanner {
    text;
    offset = 0;
    constructor(text) {
        this.text = text;
    }
    fail() {
        throw new ScanStop(this.offset);
    }
    skipSpace() {
        while (WHITESPACE.has(this.text[this.offset] ?? ''))
            this.offset++;
    }
    expect(char) {
        this.skipSpace();
        if (this.text[this.offset] !== char)
            this.fail();
        this.offset++;
    }
    match(pattern) {
        pattern.lastIndex = this.offset;
        if (!pattern.test(this.text))
            this.fail();
        this.offset = pattern.lastIndex;
    }
    value() {
        this.skipSpace();
        const char = this.text[this.offset];
        if (char === '{') {
            this.sequence('}', () => {
                this.member();
            });
        }
        else if (char === '[') {
            this.sequence(']', () => {
                this.value();
            });
        }
        else if (char === '"')
            this.match(STRING);
        else if (char === '-' || (char !== undefined && char >= '0' && char <= '9'))
            this.match(NUMBER);
        else {
            const literal = LITERALS.find((word) => this.text.startsWith(word, this.offset));
            if (literal === undefined)
                this.fail();
            this.offset += literal.length;
        }
    }
    member() {
        this.skipSpace();
        this.match(STRING);
        this.expect(':');
        this.value();
    }
    /** `{…}` or `[…]`: the opening character is at the offset. */
    sequence(close, item) {
        this.offset++;
        this.skipSpace();
        if (this.text[this.offset] === close) {
            this.offset++;
            return;
        }
        for (;;) {
            item();
            this.skipSpace();
            const char = this.text[this.offset];
            this.offset++;
            if (char === close)
                return;
            if (char !== ',') {
                this.offset--;
                this.fail();
            }
        }
    }
}
class ScanStop extends Error {
    offset;
    constructor(offset) {
        super(`invalid JSON at offset ${offset}`);
        this.offset = offset;
    }
}
/** 1-based line and column of an offset. */
function linePosition(text, offset) {
    const before = text.slice(0, offset);
    const lineStart = before.lastIndexOf('\n') + 1;
    return { line: before.split('\n').length, column: offset - lineStart + 1 };
}
/** The first error of JSON text (JSON.parse's message, the scanner's position), or undefined when it is valid. */
function findJsonProblem(text) {
    try {
        JSON.parse(text);
        return undefined;
    }
    catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        const scanner = new Scanner(text);
        let offset = text.length;
        try {
            scanner.value();
            scanner.skipSpace();
            if (scanner.offset < text.length)
                offset = scanner.offset;
        }
        catch (stop) {
            if (!(stop instanceof ScanStop))
                throw stop;
            offset = stop.offset;
        }
        return { message: shortMessage(message), ...linePosition(text, offset) };
    }
}
/** Node quotes the whole text in its message (`Unexpected token '}', "{…}" is not valid JSON`): keep the reason. */
function shortMessage(message) {
    return message.replace(/, ".*" is not valid JSON$/s, '').replace(/ in JSON at position \d+.*$/s, '');
}


/***/ }),

/***/ 70998:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  SP: () => (/* binding */ SUPPORTED_FORMATS),
  be: () => (/* binding */ formatOf),
  xz: () => (/* binding */ readTable)
});

// EXTERNAL MODULE: ./packages/action-kit/src/errors.ts
var errors = __webpack_require__(48826);
// EXTERNAL MODULE: ./packages/action-kit/src/duration.ts
var duration = __webpack_require__(65405);
// EXTERNAL MODULE: ./packages/action-kit/src/json-position.ts
var json_position = __webpack_require__(50783);
;// CONCATENATED MODULE: ./packages/drift/src/data/csv.ts
/**
 * A streaming CSV parser (RFC 4180: quoted fields with "" escapes and line breaks, CRLF or LF, blank lines
 * skipped) that reports each row with the line it starts on, so errors can point at the file and line.
 */

const QUOTE = 0x22;
const COMMA = 0x2c;
const LF = 0x0a;
class CsvParser {
    file;
    onRow;
    field = '';
    row = [];
    inQuotes = false;
    /** A quote ended the last chunk inside a quoted field: it closes the field unless a quote follows. */
    pendingQuote = false;
    /** The current row has a quoted field: a lone "" is a row with one empty value, not a blank line. */
    quotedRow = false;
    line = 1;
    rowLine = 1;
    quoteLine = 1;
    constructor(file, onRow) {
        this.file = file;
        this.onRow = onRow;
    }
    push(text) {
        let start = 0;
        let i = 0;
        if (this.pendingQuote) {
            this.pendingQuote = false;
            if (text.charCodeAt(0) === QUOTE) {
                this.field += '"';
                start = i = 1;
            }
            else {
                this.inQuotes = false;
            }
        }
        for (; i < text.length; i++) {
            const c = text.charCodeAt(i);
            if (this.inQuotes) {
                if (c === QUOTE) {
                    this.field += text.slice(start, i);
                    if (i + 1 === text.length)
                        this.pendingQuote = true;
                    else if (text.charCodeAt(i + 1) === QUOTE) {
                        this.field += '"';
                        i++;
                    }
                    else
                        this.inQuotes = false;
                    start = i + 1;
                }
                else if (c === LF)
                    this.line++;
                continue;
            }
            if (c === COMMA) {
                this.row.push(this.field + text.slice(start, i));
                this.field = '';
                start = i + 1;
            }
            else if (c === LF) {
                this.endRow(this.field + text.slice(start, i));
                this.field = '';
                start = i + 1;
                this.line++;
                this.rowLine = this.line;
            }
            else if (c === QUOTE && start === i && this.field === '') {
                this.inQuotes = true;
                this.quotedRow = true;
                this.quoteLine = this.line;
                start = i + 1;
            }
        }
        this.field += text.slice(start);
    }
    end() {
        if (this.pendingQuote)
            this.inQuotes = this.pendingQuote = false;
        if (this.inQuotes) {
            throw new errors/* UserError */.y(`${this.file} line ${this.quoteLine}: a quoted field is never closed (the file ends inside it). ` +
                'Close the quote, or write a quote inside a field as "".', { annotation: { file: this.file, line: this.quoteLine } });
        }
        if (this.field !== '' || this.row.length > 0)
            this.endRow(this.field);
    }
    endRow(last) {
        const field = last.endsWith('\r') ? last.slice(0, -1) : last;
        const cells = this.row;
        cells.push(field);
        this.row = [];
        const blank = cells.length === 1 && field === '' && !this.quotedRow;
        this.quotedRow = false;
        if (blank)
            return;
        this.onRow(cells, this.rowLine);
    }
}

// EXTERNAL MODULE: ./node_modules/hyparquet/src/metadata.js + 1 modules
var src_metadata = __webpack_require__(96367);
// EXTERNAL MODULE: ./node_modules/hyparquet/src/read.js + 17 modules
var read = __webpack_require__(42123);
;// CONCATENATED MODULE: ./packages/drift/src/data/parquet.ts
/**
 * Parquet through hyparquet (pure JavaScript, no native code, snappy built in; other codecs are refused with the
 * file named). The file is read whole into memory, then row group by row group into the table.
 */


async function readParquet(file, table, progress) {
    const parts = [];
    for await (const chunk of file.chunks()) {
        parts.push(chunk);
        progress(chunk.byteLength);
    }
    const bytes = Buffer.concat(parts);
    const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
    let metadata;
    try {
        metadata = (0,src_metadata/* parquetMetadata */.m5)(buffer);
    }
    catch (error) {
        throw new errors/* UserError */.y(`${file.name}: not a readable Parquet file (${error.message}).`, {
            annotation: { file: file.name },
            cause: error,
        });
    }
    const floats = new Set(metadata.schema.filter((e) => e.type === 'FLOAT' || e.type === 'DOUBLE').map((e) => e.name));
    let rowStart = 0;
    for (const group of metadata.row_groups) {
        const rowEnd = rowStart + Number(group.num_rows);
        let rows;
        try {
            rows = await (0,read/* parquetReadObjects */.pS)({ file: buffer, metadata, rowStart, rowEnd });
        }
        catch (error) {
            throw new errors/* UserError */.y(`${file.name}: rows ${rowStart}–${rowEnd} could not be read (${error.message}). ` +
                'Write the file with snappy or no compression.', { annotation: { file: file.name }, cause: error });
        }
        for (const row of rows)
            table.addRecord(row, floats);
        rowStart = rowEnd;
    }
}

;// CONCATENATED MODULE: ./packages/drift/src/data/payload.ts
/**
 * The rows of a JSON value in the shapes tabular data takes: an array of records (pandas orient "records"), pandas
 * orient "split" ({columns, data, index?}), a scoring request ({"data": …} or {"input_data": …}), a model data
 * collector line (CloudEvents with the rows in `data`), or a single record.
 */
const SHAPES = 'an array of records ([{"age": 35, …}, …]), pandas "split" ({"columns": […], "data": [[…], …]}), ' +
    '{"data": …} or {"input_data": …} around one of those, or one record per line (JSONL)';
const isObject = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);
function splitRows(value) {
    const { columns, data } = value;
    if (!Array.isArray(columns) || !columns.every((c) => typeof c === 'string' || typeof c === 'number')) {
        return { problem: '"columns" must be an array of column names' };
    }
    if (!Array.isArray(data))
        return { problem: '"data" must be an array of rows' };
    const names = columns.map(String);
    const rows = [];
    for (const [i, row] of data.entries()) {
        if (!Array.isArray(row) || row.length !== names.length) {
            return { problem: `row ${i} of "data" is not an array of ${names.length} values (one per column)` };
        }
        rows.push(Object.fromEntries(names.map((name, j) => [name, row[j]])));
    }
    return { rows };
}
/** The rows of a JSON value (see the module comment). */
function rowsOf(value) {
    if (Array.isArray(value)) {
        if (value.every(isObject))
            return { rows: value };
        return { problem: 'an array whose items are not all records (JSON objects of column → value)' };
    }
    if (!isObject(value))
        return { problem: `a ${value === null ? 'null' : typeof value}, not a record or table` };
    if ('columns' in value && 'data' in value)
        return splitRows(value);
    if ('specversion' in value && 'data' in value)
        return rowsOf(value.data);
    const keys = Object.keys(value);
    if (keys.length === 1 && (keys[0] === 'data' || keys[0] === 'input_data'))
        return rowsOf(value[keys[0]]);
    return { rows: [value] };
}

// EXTERNAL MODULE: ./packages/drift/src/data/table.ts + 1 modules
var data_table = __webpack_require__(1956);
;// CONCATENATED MODULE: ./packages/drift/src/data/read-table.ts
/**
 * Reads data files (CSV with a header, JSON Lines, JSON, Parquet) into one table, with progress for large reads
 * and one clear error per malformed input, annotated on its file and line.
 */






const EXTENSIONS = {
    csv: 'csv',
    jsonl: 'jsonl',
    ndjson: 'jsonl',
    json: 'json',
    parquet: 'parquet',
    pq: 'parquet',
};
/** The format of a file by its extension, or undefined. */
function formatOf(name) {
    const extension = /\.([a-z]+)$/i.exec(name)?.[1]?.toLowerCase();
    return extension === undefined ? undefined : EXTENSIONS[extension];
}
const SUPPORTED_FORMATS = 'CSV with a header (.csv), JSON Lines (.jsonl), JSON (.json) or Parquet (.parquet)';
const MB = 1024 * 1024;
const formatMb = (bytes) => `${(bytes / MB).toFixed(1)} MB`;
const count = (n) => n.toLocaleString('en-US');
/** Throws a data error pointing at a file, line and column. */
function dataError(file, line, message, column) {
    throw new errors/* UserError */.y(`${file}${line === undefined ? '' : ` line ${line}`}: ${message}`, {
        annotation: {
            file,
            ...(line === undefined ? {} : { line }),
            ...(column === undefined ? {} : { column }),
        },
    });
}
/** JSON text that JSON.parse refused: its reason and position (line offset by `firstLine` − 1). */
function jsonError(file, text, firstLine, fix) {
    const problem = (0,json_position/* findJsonProblem */.N)(text);
    const line = firstLine + (problem?.line ?? 1) - 1;
    dataError(file, line, `not valid JSON (${problem?.message ?? 'unreadable'}). ${fix}`, problem?.column);
}
/** A data error of `file`, with the input that named it in front: `Input 'production': data.csv line 3: …`. */
function inInput(error, input, file) {
    if (!(error instanceof errors/* UserError */.y) || error.annotation?.file !== file)
        return error;
    return new errors/* UserError */.y(`Input '${input}': ${error.message}`, {
        kind: error.kind,
        annotation: error.annotation,
        cause: error.cause,
    });
}
async function readTable(files, options) {
    const { label, log } = options;
    const now = options.now ?? Date.now;
    const started = now();
    const table = new data_table/* TableBuilder */.Oh(label);
    const total = files.reduce((sum, file) => sum + (file.size ?? 0), 0);
    let done = 0;
    let lastReport = started;
    let skipped = 0;
    const progress = (bytes) => {
        done += bytes;
        if (now() - lastReport < (options.progressEveryMs ?? 5000))
            return;
        lastReport = now();
        const share = total > 0 ? ` of ${formatMb(total)} (${Math.round((100 * done) / total)}%)` : '';
        log.info(`[${(0,duration/* formatElapsed */.C7)(now() - started)}] Reading ${label}: ${formatMb(done)}${share}, ${count(table.rowCount)} rows`);
    };
    for (const file of files) {
        options.signal?.throwIfAborted();
        table.startFile(file.name);
        try {
            if (file.format === 'parquet') {
                await readParquet(file, table, progress);
                continue;
            }
            const decoder = new TextDecoder('utf-8');
            if (file.format === 'csv') {
                let header;
                let addRow;
                const parser = new CsvParser(file.name, (cells, line) => {
                    if (header === undefined) {
                        header = csvHeader(file.name, cells, line);
                        addRow = table.csvRows(header);
                        return;
                    }
                    if (cells.length !== header.length) {
                        dataError(file.name, line, `${cells.length} fields where the header has ${header.length}. Fix or remove the row; quote fields ` +
                            'that contain commas ("a, b").');
                    }
                    addRow?.(cells);
                });
                for await (const chunk of file.chunks()) {
                    parser.push(decoder.decode(chunk, { stream: true }));
                    progress(chunk.byteLength);
                    options.signal?.throwIfAborted();
                }
                parser.push(decoder.decode());
                parser.end();
                if (header === undefined)
                    dataError(file.name, undefined, 'the file is empty: a CSV file needs a header row.');
                continue;
            }
            if (file.format === 'json') {
                let text = '';
                for await (const chunk of file.chunks()) {
                    text += decoder.decode(chunk, { stream: true });
                    progress(chunk.byteLength);
                }
                text += decoder.decode();
                let value;
                try {
                    value = JSON.parse(text);
                }
                catch {
                    jsonError(file.name, text, 1, `Fix the file: ${SHAPES}.`);
                }
                addRows(table, file.name, undefined, value);
                continue;
            }
            let pending = '';
            let line = 0;
            const handleLine = async (text) => {
                line++;
                if (text.trim() === '')
                    return;
                let value;
                try {
                    value = JSON.parse(text);
                }
                catch {
                    jsonError(file.name, text, line, 'Each line of a JSON Lines file is one JSON value; fix or remove the line.');
                }
                if (isOutside(value, options.window)) {
                    skipped++;
                    return;
                }
                addRows(table, file.name, line, await dereference(value, options, file.name, line));
            };
            for await (const chunk of file.chunks()) {
                pending += decoder.decode(chunk, { stream: true });
                const lines = pending.split('\n');
                pending = lines.pop() ?? '';
                for (const text of lines)
                    await handleLine(text);
                progress(chunk.byteLength);
                options.signal?.throwIfAborted();
            }
            pending += decoder.decode();
            if (pending !== '')
                await handleLine(pending);
        }
        catch (error) {
            throw inInput(error, options.input, file.name);
        }
    }
    const built = table.build();
    if (skipped > 0)
        log.info(`${label}: ${count(skipped)} collected lines outside the window were left out.`);
    log.info(`Read ${label}: ${count(built.rowCount)} rows, ${built.columns.size} columns from ${files.length} ` +
        `file${files.length === 1 ? '' : 's'}${total > 0 ? ` (${formatMb(total)})` : ''} in ${(0,duration/* formatElapsed */.C7)(now() - started)}.`);
    return built;
}
function csvHeader(file, cells, line) {
    const header = cells.map((cell, i) => (cell.trim() === '' ? `Unnamed: ${i}` : cell.trim()));
    const duplicate = header.find((name, i) => header.indexOf(name) !== i);
    if (duplicate !== undefined) {
        dataError(file, line, `the header names column '${duplicate}' twice. Give every column its own name.`);
    }
    return header;
}
function isOutside(value, window) {
    if (window === undefined || typeof value !== 'object' || value === null || !('time' in value))
        return false;
    const time = Date.parse(String(value.time));
    return !Number.isNaN(time) && (time < window.start.getTime() || time >= window.end.getTime());
}
/** A data collector line stored by reference: its rows, fetched. */
async function dereference(value, options, file, line) {
    if (typeof value !== 'object' || value === null || !('datainblob' in value) || !('data' in value))
        return value;
    if (String(value.datainblob) !== 'true' || typeof value.data !== 'string')
        return value;
    if (options.fetchReferenced === undefined) {
        dataError(file, line, `the line's data is stored in another blob (${value.data}), which cannot be read here.`);
    }
    return { ...value, data: await options.fetchReferenced(value.data) };
}
function addRows(table, file, line, value) {
    const result = rowsOf(value);
    if ('problem' in result)
        dataError(file, line, `expected tabular data, found ${result.problem}. Use ${SHAPES}.`);
    for (const row of result.rows)
        table.addRecord(row);
}


/***/ }),

/***/ 1956:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Oh: () => (/* binding */ TableBuilder),
  uV: () => (/* binding */ columnOf)
});

// UNUSED EXPORTS: addCsvCell

;// CONCATENATED MODULE: ./packages/drift/src/data/column.ts
/**
 * Columnar storage of one dataset column as it is read: numbers in a Float64Array (NaN where the cell is not a
 * number), other values as text beside them, and counts of what kinds of values were seen (for type inference).
 */
class ColumnBuilder {
    name;
    stats = { number: 0, integers: 0, text: 0, boolean: 0, timestamp: 0, null: 0 };
    numbers = new Float64Array(1024);
    texts;
    size = 0;
    constructor(name, 
    /** Rows read before this column first appeared: they are null in it. */
    leadingNulls = 0) {
        this.name = name;
        for (let i = 0; i < leadingNulls; i++)
            this.addNull();
    }
    get length() {
        return this.size;
    }
    addNull() {
        this.push(Number.NaN, undefined);
        this.stats.null++;
    }
    addNumber(value, integerTyped) {
        if (!Number.isFinite(value)) {
            this.addNull();
            return;
        }
        this.push(value, undefined);
        this.stats.number++;
        if (integerTyped && Number.isInteger(value))
            this.stats.integers++;
    }
    addText(value, kind = 'text') {
        this.texts ??= [];
        this.push(Number.NaN, value);
        this.stats[kind]++;
    }
    build() {
        return {
            name: this.name,
            length: this.size,
            numbers: this.numbers.subarray(0, this.size),
            texts: this.texts,
            stats: { ...this.stats },
        };
    }
    push(number, text) {
        if (this.size === this.numbers.length) {
            const grown = new Float64Array(this.numbers.length * 2);
            grown.set(this.numbers);
            this.numbers = grown;
        }
        this.numbers[this.size] = number;
        if (this.texts !== undefined) {
            if (this.texts.length < this.size)
                this.texts.length = this.size;
            this.texts[this.size] = text;
        }
        this.size++;
    }
}
/** A cell as text: the text cell, or the number's shortest form; undefined for null. */
function cellText(column, row) {
    const text = column.texts?.[row];
    if (text !== undefined)
        return text;
    const n = column.numbers[row] ?? Number.NaN;
    return Number.isNaN(n) ? undefined : String(n);
}

;// CONCATENATED MODULE: ./packages/drift/src/data/table.ts
/** A dataset read into columns: rows from CSV cells or JSON/Parquet records, with the kinds of values seen. */

const NA_TEXTS = new Set([
    '',
    'NA',
    'N/A',
    'n/a',
    'NaN',
    'nan',
    '-NaN',
    '-nan',
    'NULL',
    'null',
    'None',
    '<NA>',
    '#N/A',
    '#N/A N/A',
    '#NA',
    '-1.#IND',
    '-1.#QNAN',
    '1.#IND',
    '1.#QNAN',
]);
const BOOLEANS = {
    true: 'true',
    True: 'true',
    TRUE: 'true',
    false: 'false',
    False: 'false',
    FALSE: 'false',
};
/** Adds one value of a JSON record or a Parquet row. */
function addValue(column, value, floatTyped) {
    if (value === null || value === undefined)
        column.addNull();
    else if (typeof value === 'number')
        column.addNumber(value, !floatTyped && Number.isInteger(value));
    else if (typeof value === 'bigint')
        column.addNumber(Number(value), true);
    else if (typeof value === 'string')
        column.addText(value);
    else if (typeof value === 'boolean')
        column.addText(String(value), 'boolean');
    else if (value instanceof Date)
        column.addText(value.toISOString(), 'timestamp');
    else
        column.addText(JSON.stringify(value));
}
const NOT_A_NUMBER = 0;
const INTEGER_TEXT = 1;
const DECIMAL_TEXT = 2;
/** Whether text is a decimal number ([+-]digits[.digits][e[+-]digits]) and whether it is an integer. */
function numberShape(text) {
    const length = text.length;
    let i = 0;
    let c = text.charCodeAt(0);
    if (c === 0x2b || c === 0x2d)
        c = text.charCodeAt(++i);
    let digits = 0;
    while (c >= 0x30 && c <= 0x39) {
        digits++;
        c = text.charCodeAt(++i);
    }
    let shape = INTEGER_TEXT;
    if (c === 0x2e) {
        shape = DECIMAL_TEXT;
        c = text.charCodeAt(++i);
        while (c >= 0x30 && c <= 0x39) {
            digits++;
            c = text.charCodeAt(++i);
        }
    }
    if (digits === 0)
        return NOT_A_NUMBER;
    if (c === 0x65 || c === 0x45) {
        shape = DECIMAL_TEXT;
        c = text.charCodeAt(++i);
        if (c === 0x2b || c === 0x2d)
            c = text.charCodeAt(++i);
        let exponent = 0;
        while (c >= 0x30 && c <= 0x39) {
            exponent++;
            c = text.charCodeAt(++i);
        }
        if (exponent === 0)
            return NOT_A_NUMBER;
    }
    return i === length ? shape : NOT_A_NUMBER;
}
/** Adds one CSV cell, read as pandas.read_csv would: NA markers are null, numbers and booleans are typed. */
function addCsvCell(column, text) {
    const shape = numberShape(text);
    if (shape !== NOT_A_NUMBER)
        column.addNumber(Number(text), shape === INTEGER_TEXT);
    else if (NA_TEXTS.has(text))
        column.addNull();
    else {
        const boolean = BOOLEANS[text];
        if (boolean === undefined)
            column.addText(text);
        else
            column.addText(boolean, 'boolean');
    }
}
function columnOf(table, name) {
    const column = table.columns.get(name);
    if (column === undefined)
        throw new Error(`${table.label} has no column '${name}'`);
    return column;
}
class TableBuilder {
    label;
    columns = new Map();
    files = [];
    rows = 0;
    constructor(label) {
        this.label = label;
    }
    get rowCount() {
        return this.rows;
    }
    startFile(name) {
        this.files.push(name);
    }
    /**
     * A record: missing keys are null; a key first seen now is null in the rows before. Numbers of `floatColumns`
     * (Parquet FLOAT/DOUBLE) are not integer-typed even when whole.
     */
    addRecord(record, floatColumns) {
        for (const key of Object.keys(record)) {
            if (!this.columns.has(key))
                this.columns.set(key, new ColumnBuilder(key, this.rows));
        }
        for (const [name, column] of this.columns)
            addValue(column, record[name], floatColumns?.has(name) ?? false);
        this.rows++;
    }
    /** A writer of CSV rows with this header (one per file): cells[i] goes to header[i], other columns get null. */
    csvRows(header) {
        const targets = header.map((name) => {
            const existing = this.columns.get(name);
            if (existing !== undefined)
                return existing;
            const column = new ColumnBuilder(name, this.rows);
            this.columns.set(name, column);
            return column;
        });
        const others = [...this.columns.values()].filter((column) => !header.includes(column.name));
        return (cells) => {
            targets.forEach((column, i) => {
                addCsvCell(column, cells[i] ?? '');
            });
            for (const column of others)
                column.addNull();
            this.rows++;
        };
    }
    build() {
        const columns = new Map();
        for (const [name, column] of this.columns)
            columns.set(name, column.build());
        return { label: this.label, rowCount: this.rows, columns, files: [...this.files] };
    }
}


/***/ })

};
