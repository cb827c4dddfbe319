namespace NewsEvents.Interop.Cameo;

/// <summary>Why a row of the CAMEO→PLOVER table should not be taken at face value (see docs/interop.md).</summary>
[Flags]
public enum CameoPloverCaveats
{
    /// <summary>The file gives the code once, under its own root, and nothing disputes it.</summary>
    None = 0,

    /// <summary>The file lists the code more than once (<c>175</c>); the first row is used.</summary>
    DuplicateKey = 1,

    /// <summary>The file gives the code's root two PLOVER types (root <c>08</c>: CONCEDE and RETREAT).</summary>
    AmbiguousRoot = 2,

    /// <summary>The code is listed under another root's heading (<c>191</c> under 17, <c>201</c> under 18).</summary>
    OutOfSection = 4,

    /// <summary>The code maps to another PLOVER type than its root does (<c>163</c> COERCE under SANCTION).</summary>
    DiffersFromRoot = 8,

    /// <summary>The PLOVER manual maps the code's root otherwise than this file does (roots 09, 11, 19 and 20).</summary>
    DisputedByManual = 16,

    /// <summary>The file has no row for the code: the mapping was taken from its base or root code.</summary>
    Inherited = 32,

    /// <summary>A PLOVER context name stands in the mode column (<c>175</c>: <c>pro_autocracy</c>); it is read as a context.</summary>
    ContextInModeColumn = 64,
}
