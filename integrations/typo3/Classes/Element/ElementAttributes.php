<?php

declare(strict_types=1);

namespace MijnZaken\Typo3\Element;

/**
 * What one "Mijn zaken" content element puts on its <mijn-zaken> tag (CONTRACT 2), from the editor's
 * fields, the site's configuration and the page's language. Values are returned raw: the Fluid
 * template escapes them, as it escapes every variable.
 */
final class ElementAttributes
{
    public const VIEW_OVERVIEW = 'overview';
    public const VIEW_ZAAK = 'zaak';
    public const DEFAULT_HEADING_LEVEL = 2;
    public const LANGUAGES = ['nl', 'en', 'fy'];

    private function __construct(
        public readonly string $gateway,
        public readonly ?string $zaak,
        public readonly string $lang,
        public readonly int $headingLevel,
    ) {
    }

    /**
     * @param array<string, mixed> $record the tt_content row
     * @param string $languageCode the page's language, e.g. `nl`, `fy-NL`, `de` (TYPO3's site language locale)
     */
    public static function fromRecord(array $record, SiteConfiguration $site, string $languageCode): self
    {
        $zaak = self::cleanZaak($record['tx_mijnzaken_zaak'] ?? null);
        $showOne = ($record['tx_mijnzaken_view'] ?? self::VIEW_OVERVIEW) === self::VIEW_ZAAK;
        return new self(
            $site->gateway,
            // "One zaak" without a zaaknummer shows the overview: the resident's own zaken, never an error page.
            $showOne && $zaak !== '' ? $zaak : null,
            self::language($languageCode),
            self::headingLevel($record['tx_mijnzaken_heading_level'] ?? null),
        );
    }

    /** @return array<string, string> attribute name => value, in the order they are written */
    public function toArray(): array
    {
        $attributes = ['gateway' => $this->gateway];
        if ($this->zaak !== null) {
            $attributes['zaak'] = $this->zaak;
        }
        $attributes['lang'] = $this->lang;
        $attributes['heading-level'] = (string)$this->headingLevel;
        return $attributes;
    }

    /**
     * The element speaks nl, en and fy. For any other page language its text is Dutch, so `lang="nl"`
     * is what a screen reader must be told.
     */
    private static function language(string $code): string
    {
        $primary = strtolower((string)preg_replace('/[-_].*$/s', '', trim($code)));
        return in_array($primary, self::LANGUAGES, true) ? $primary : 'nl';
    }

    private static function headingLevel(mixed $value): int
    {
        if (is_int($value) || (is_string($value) && preg_match('/^\s*[1-6]\s*$/', $value) === 1)) {
            $level = (int)$value;
            if ($level >= 1 && $level <= 6) {
                return $level;
            }
        }
        return self::DEFAULT_HEADING_LEVEL;
    }

    private static function cleanZaak(mixed $value): string
    {
        if (!is_string($value) && !is_int($value)) {
            return '';
        }
        // Pasted zaaknummers carry stray spaces, tabs and invisible characters; none is ever part of one.
        $text = (string)preg_replace('/[\p{C}\p{Z}]+/u', ' ', (string)$value);
        $text = trim($text);
        // Never shortened: a cut-off zaaknummer could name another zaak; a wrong one shows "not found".
        return $text;
    }
}
