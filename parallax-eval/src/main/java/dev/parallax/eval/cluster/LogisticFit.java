package dev.parallax.eval.cluster;

import java.util.List;

/**
 * L2-regularised logistic regression fitted by Newton's method (iteratively reweighted least
 * squares): small, dense problems only (a few features, hundreds of examples).
 */
final class LogisticFit {
    private LogisticFit() {
    }

    /**
     * Fits {@code P(y=1|x) = 1 / (1 + exp(-(b + w·x)))}.
     *
     * @param x      examples, all of the same length
     * @param y      labels, 0 or 1
     * @param lambda L2 penalty on the weights (not on the intercept)
     * @return intercept, then the weights
     */
    static double[] fit(List<double[]> x, List<Integer> y, double lambda) {
        if (x.isEmpty() || x.size() != y.size()) {
            throw new IllegalArgumentException("need as many labels as examples, and at least one");
        }
        int d = x.get(0).length + 1;
        double[] beta = new double[d];
        for (int iteration = 0; iteration < 100; iteration++) {
            double[] gradient = new double[d];
            double[][] hessian = new double[d][d];
            for (int i = 0; i < x.size(); i++) {
                double[] row = withOne(x.get(i));
                double p = probability(beta, row);
                double weight = Math.max(p * (1 - p), 1e-9);
                for (int j = 0; j < d; j++) {
                    gradient[j] += (y.get(i) - p) * row[j];
                    for (int k = 0; k < d; k++) {
                        hessian[j][k] += weight * row[j] * row[k];
                    }
                }
            }
            for (int j = 1; j < d; j++) {
                gradient[j] -= lambda * beta[j];
                hessian[j][j] += lambda;
            }
            double[] step = solve(hessian, gradient);
            double change = 0;
            for (int j = 0; j < d; j++) {
                beta[j] += step[j];
                change = Math.max(change, Math.abs(step[j]));
            }
            if (change < 1e-9) {
                break;
            }
        }
        return beta;
    }

    static double probability(double[] beta, double[] rowWithOne) {
        double z = 0;
        for (int j = 0; j < beta.length; j++) {
            z += beta[j] * rowWithOne[j];
        }
        return 1 / (1 + Math.exp(-z));
    }

    static double[] withOne(double[] x) {
        double[] row = new double[x.length + 1];
        row[0] = 1;
        System.arraycopy(x, 0, row, 1, x.length);
        return row;
    }

    /** Solves {@code a · s = b} by Gaussian elimination with partial pivoting. */
    private static double[] solve(double[][] a, double[] b) {
        int n = b.length;
        double[][] m = new double[n][n + 1];
        for (int i = 0; i < n; i++) {
            System.arraycopy(a[i], 0, m[i], 0, n);
            m[i][n] = b[i];
        }
        for (int col = 0; col < n; col++) {
            int pivot = col;
            for (int r = col + 1; r < n; r++) {
                if (Math.abs(m[r][col]) > Math.abs(m[pivot][col])) {
                    pivot = r;
                }
            }
            double[] tmp = m[col];
            m[col] = m[pivot];
            m[pivot] = tmp;
            if (Math.abs(m[col][col]) < 1e-12) {
                throw new IllegalStateException("singular system: a feature is constant or duplicated");
            }
            for (int r = col + 1; r < n; r++) {
                double f = m[r][col] / m[col][col];
                for (int c = col; c <= n; c++) {
                    m[r][c] -= f * m[col][c];
                }
            }
        }
        double[] s = new double[n];
        for (int r = n - 1; r >= 0; r--) {
            double v = m[r][n];
            for (int c = r + 1; c < n; c++) {
                v -= m[r][c] * s[c];
            }
            s[r] = v / m[r][r];
        }
        return s;
    }
}
