namespace Evorec.Tasks;

/// <summary>How <see cref="MackeyGlassSeries"/> integrates the delay differential equation.</summary>
public enum MackeyGlassIntegrator
{
    /// <summary>Classical fourth-order Runge-Kutta, delayed values linearly interpolated from the fine-step history.</summary>
    RungeKutta4,

    /// <summary>
    /// Forward Euler, the discretisation Jaeger used to prepare the ESN benchmark data
    /// (GMD Report 148, 2001, §6.1, eq. 23: step δ = 1/10, then subsampled by 10).
    /// </summary>
    Euler,
}
