namespace Evorec.Experiments;

/// <summary>A resolved task, network or trainer section.</summary>
/// <param name="Registration">The registry entry its <c>type</c> names.</param>
/// <param name="Label">Its label in experiment names (the <c>label</c> key, or the type).</param>
/// <param name="Options">The bound options record.</param>
/// <param name="CanonicalJson">The type and every option value (defaults included) as canonical JSON: what hashes and seeds are derived from.</param>
/// <param name="Path">Its configuration path, for error messages.</param>
public sealed record ComponentConfig(ComponentRegistration Registration, string Label, object Options, string CanonicalJson, string Path);
