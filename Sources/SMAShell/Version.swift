import SMALanguage
import SMAEngine
import SMARender

/// The program's version, for `--version` and the man page.
public enum SMAVersion {
    public static let current = "0.1.0"
}
