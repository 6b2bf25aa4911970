namespace Evorec.Networks;

/// <summary>
/// A network that adds noise to its state update while its readout is being trained, as Jaeger
/// did to stabilise echo state networks that run free on their own fed-back output (GMD Report 148,
/// 2001, §6.3.1, eq. 24: x(n+1) = f(W_in u(n+1) + W x(n) + W_back y(n) + ν(n)), ν uniform, during the
/// teacher-forced training run only; Jaeger &amp; Haas, Science 304, 2004). A closed-form readout
/// stage turns the noise on for its training run and off before the network is evaluated.
/// </summary>
public interface ITrainingNoise
{
    /// <summary>
    /// Turns the training noise on, restarting its random stream, so every training run of the same
    /// network sees the same noise (and results do not depend on which thread decodes which candidate).
    /// </summary>
    void BeginTrainingNoise();

    /// <summary>Turns the training noise off.</summary>
    void EndTrainingNoise();
}
