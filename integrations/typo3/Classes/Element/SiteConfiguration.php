<?php

declare(strict_types=1);

namespace MijnZaken\Typo3\Element;

/**
 * The two site settings an integrator sets once: where the gateway is and where the script comes from.
 *
 * Knows no TYPO3 class, so it is unit-tested alone; the data processor and the CSP listener both read
 * the site settings through it, so the page and its Content-Security-Policy always agree.
 */
final class SiteConfiguration
{
    public const DEFAULT_GATEWAY = '/api/zgw';
    public const BUNDLED_SCRIPT = 'EXT:mijn_zaken/Resources/Public/JavaScript/mijn-zaken.js';

    private function __construct(
        public readonly string $gateway,
        public readonly string $script,
        public readonly bool $scriptRejected,
    ) {
    }

    /**
     * @param mixed $gateway   site setting mijnZaken.gateway (null when not set)
     * @param mixed $scriptUrl site setting mijnZaken.scriptUrl (null or '' for the bundled copy)
     */
    public static function fromSettings(mixed $gateway, mixed $scriptUrl): self
    {
        $gateway = is_string($gateway) ? trim($gateway) : '';
        // An invalid gateway is passed on as written: the element itself shows its "configuration"
        // error, which tells the integrator more than a silently substituted default would.
        if ($gateway === '') {
            $gateway = self::DEFAULT_GATEWAY;
        }

        $scriptUrl = is_string($scriptUrl) ? trim($scriptUrl) : '';
        if ($scriptUrl === '') {
            return new self($gateway, self::BUNDLED_SCRIPT, false);
        }
        if (self::isAllowedScriptLocation($scriptUrl)) {
            return new self($gateway, $scriptUrl, false);
        }
        // A script location we would not load (http: on a public host, credentials, other schemes):
        // fall back to the copy inside the extension rather than emit an unsafe <script src>.
        return new self($gateway, self::BUNDLED_SCRIPT, true);
    }

    /** Origins the element fetches from besides the page's own: the gateway's, when it is absolute. */
    public function connectSources(): array
    {
        $origin = self::originOf($this->gateway);
        return $origin === null ? [] : [$origin];
    }

    /** Origins the module script (and the parts it imports from its own directory) load from. */
    public function scriptSources(): array
    {
        $origin = self::originOf($this->script);
        return $origin === null ? [] : [$origin];
    }

    private static function isAllowedScriptLocation(string $url): bool
    {
        if (preg_match('/[\x00-\x20\x7f"\'<>\\\\]/', $url) === 1) {
            return false;
        }
        if (str_starts_with($url, 'EXT:')) {
            return preg_match('#^EXT:[a-z0-9_]+/Resources/Public/[A-Za-z0-9_./-]+\.m?js$#', $url) === 1
                && !str_contains($url, '..');
        }
        if (str_starts_with($url, '/') && !str_starts_with($url, '//')) {
            return !str_contains($url, '..');
        }
        return self::originOf($url) !== null
            && (str_starts_with(strtolower($url), 'https://') || self::isLoopback($url));
    }

    /** `scheme://host[:port]` of an absolute http(s) URL without credentials; null for anything else. */
    private static function originOf(string $url): ?string
    {
        if (preg_match('#^https?://#i', $url) !== 1 || preg_match('/[\x00-\x20\x7f]/', $url) === 1) {
            return null;
        }
        $parts = parse_url($url);
        if ($parts === false || !isset($parts['host']) || $parts['host'] === ''
            || isset($parts['user']) || isset($parts['pass'])) {
            return null;
        }
        $host = strtolower($parts['host']);
        if (preg_match('/^(\[[0-9a-f:.]+\]|[a-z0-9.-]+)$/', $host) !== 1) {
            return null;
        }
        $origin = strtolower($parts['scheme']) . '://' . $host;
        return isset($parts['port']) ? $origin . ':' . $parts['port'] : $origin;
    }

    private static function isLoopback(string $url): bool
    {
        $host = strtolower((string)parse_url($url, PHP_URL_HOST));
        return in_array($host, ['localhost', '127.0.0.1', '[::1]'], true);
    }
}
