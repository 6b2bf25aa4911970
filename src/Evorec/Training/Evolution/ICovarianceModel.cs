namespace Evorec.Training.Evolution;

/// <summary>
/// The covariance matrix C of a CMA-ES search distribution and the operations the strategy needs:
/// sampling y ~ N(0, C), whitening C^(−1/2) y and the rank-one plus rank-μ update (tutorial eq. 47).
/// Full (<see cref="FullCovariance"/>) or diagonal (<see cref="DiagonalCovariance"/>, sep-CMA-ES).
/// </summary>
internal interface ICovarianceModel
{
    /// <summary>The ratio of the largest to the smallest eigenvalue at the last decomposition.</summary>
    double ConditionNumber { get; }

    /// <summary>The largest eigenvalue at the last decomposition.</summary>
    double LargestEigenvalue { get; }

    /// <summary>Sets C = I.</summary>
    void Reset();

    /// <summary>Refreshes the factors used for sampling and whitening from C; false when C is no longer positive definite and finite.</summary>
    bool Decompose();

    /// <summary>y = C^(1/2) z = B D z (tutorial eq. 39), with the factors of the last decomposition.</summary>
    void Sample(ReadOnlySpan<double> z, Span<double> y);

    /// <summary>output = C^(−1/2) y = B D⁻¹ Bᵀ y, with the factors of the last decomposition.</summary>
    void Whiten(ReadOnlySpan<double> y, Span<double> output);

    /// <summary>
    /// C ← decay · C + c₁ p_c p_cᵀ + c_μ Σᵣ wᵣ y_{order[r]} y_{order[r]}ᵀ (tutorial eq. 47), where
    /// <paramref name="steps"/> holds the λ samples' y vectors back to back in sample order.
    /// </summary>
    void Update(double decay, double rankOneRate, ReadOnlySpan<double> path, double rankMuRate, ReadOnlySpan<double> weights, ReadOnlySpan<int> order, ReadOnlySpan<double> steps);

    /// <summary>The variance C_ii.</summary>
    double Variance(int index);

    /// <summary>Whether adding 0.1 σ √λᵢ bᵢ (principal axis <paramref name="axis"/>) leaves <paramref name="mean"/> unchanged (Auger &amp; Hansen 2005, NoEffectAxis).</summary>
    bool AxisHasNoEffect(ReadOnlySpan<double> mean, double sigma, int axis);
}
