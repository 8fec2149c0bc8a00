<?php

declare(strict_types=1);

namespace Drupal\mijn_zaken;

/**
 * The attributes of one <mijn-zaken> element (CONTRACT sections 1–2), from a block's settings.
 *
 * Plain PHP without Drupal services, so the rules are unit-tested on their own. The values are
 * returned raw; escaping is Twig's job (autoescape in the template), never done here twice.
 */
final class ElementAttributes {

  public const SHOW_OVERVIEW = 'overview';
  public const SHOW_ZAAK = 'zaak';

  /** Languages the element speaks; '' leaves lang off so the element follows the page. */
  public const LANGUAGES = ['nl', 'en', 'fy'];

  public const DEFAULT_HEADING_LEVEL = 2;

  /** A zaak identificatie is at most 40 characters (Zaken API 1.5); a UUID is 36. */
  public const ZAAK_MAX_LENGTH = 40;

  /**
   * @param string $gateway
   *   The site-wide gateway URL.
   * @param string|null $zaak
   *   A zaak UUID or identificatie; NULL shows the resident's overview.
   * @param string|null $lang
   *   'nl', 'en' or 'fy'; NULL follows the nearest [lang] ancestor (the page).
   * @param int $headingLevel
   *   1–6.
   */
  private function __construct(
    public readonly string $gateway,
    public readonly ?string $zaak,
    public readonly ?string $lang,
    public readonly int $headingLevel,
  ) {}

  /**
   * Builds the attributes from a block configuration and the site's gateway setting.
   *
   * Unknown or broken values (a configuration imported by hand, an old export) fall back to the
   * defaults instead of failing the page: an overview, heading level 2, the page's language.
   *
   * @param array<string, mixed> $configuration
   *   The block plugin configuration (keys show, zaak, heading_level, lang).
   *
   * @throws \InvalidArgumentException
   *   When the gateway is not a usable URL: the block then renders nothing.
   */
  public static function fromConfiguration(array $configuration, string $gateway): self {
    $gatewayError = self::gatewayError($gateway);
    if ($gatewayError !== NULL) {
      throw new \InvalidArgumentException($gatewayError);
    }
    $zaak = NULL;
    if (($configuration['show'] ?? self::SHOW_OVERVIEW) === self::SHOW_ZAAK) {
      $candidate = trim((string) ($configuration['zaak'] ?? ''));
      if (self::zaakError($candidate) === NULL) {
        $zaak = $candidate;
      }
    }
    $lang = (string) ($configuration['lang'] ?? '');
    return new self(
      trim($gateway),
      $zaak,
      in_array($lang, self::LANGUAGES, TRUE) ? $lang : NULL,
      self::headingLevel($configuration['heading_level'] ?? NULL),
    );
  }

  /**
   * The element's attributes in document order, names as in CONTRACT 2.
   *
   * @return array<string, string>
   */
  public function toArray(): array {
    $attributes = ['gateway' => $this->gateway];
    if ($this->zaak !== NULL) {
      $attributes['zaak'] = $this->zaak;
    }
    if ($this->lang !== NULL) {
      $attributes['lang'] = $this->lang;
    }
    $attributes['heading-level'] = (string) $this->headingLevel;
    return $attributes;
  }

  /**
   * Why a zaak value cannot be used, or NULL when it can.
   */
  public static function zaakError(string $zaak): ?string {
    if ($zaak === '') {
      return 'empty';
    }
    if (mb_strlen($zaak) > self::ZAAK_MAX_LENGTH) {
      return 'too-long';
    }
    // Control characters (and so line breaks) never belong in a zaaknummer; they are how
    // pasted text from a letter goes wrong.
    if (preg_match('/[\p{Cc}\p{Cf}]/u', $zaak) !== 0 || !mb_check_encoding($zaak, 'UTF-8')) {
      return 'control-characters';
    }
    return NULL;
  }

  /**
   * Why a gateway URL cannot be used, or NULL when it can.
   *
   * Allowed: an absolute http(s) URL without credentials, or a path on this site ('/api/zgw').
   * A path relative to the page is refused: on a CMS every page has its own path.
   */
  public static function gatewayError(string $gateway): ?string {
    return self::urlError(trim($gateway), FALSE);
  }

  /**
   * Why a script URL cannot be used, or NULL when it can ('' means the bundled file).
   */
  public static function scriptUrlError(string $url): ?string {
    $url = trim($url);
    return $url === '' ? NULL : self::urlError($url, TRUE);
  }

  private static function urlError(string $url, bool $isScript): ?string {
    if ($url === '') {
      return 'empty';
    }
    if (preg_match('/[\s\p{Cc}\\\\]/u', $url) !== 0) {
      return 'invalid';
    }
    if (str_starts_with($url, '/')) {
      // '//host/…' is a network-path reference to another host, not a path on this site.
      return str_starts_with($url, '//') ? 'invalid' : NULL;
    }
    $parts = parse_url($url);
    if ($parts === FALSE || !isset($parts['scheme'], $parts['host'])) {
      return 'invalid';
    }
    $scheme = strtolower($parts['scheme']);
    if ($scheme !== 'https' && $scheme !== 'http') {
      return 'scheme';
    }
    if (isset($parts['user']) || isset($parts['pass'])) {
      return 'credentials';
    }
    if ($isScript && isset($parts['fragment'])) {
      return 'invalid';
    }
    return NULL;
  }

  private static function headingLevel(mixed $value): int {
    $level = is_int($value) || (is_string($value) && ctype_digit($value)) ? (int) $value : self::DEFAULT_HEADING_LEVEL;
    return $level >= 1 && $level <= 6 ? $level : self::DEFAULT_HEADING_LEVEL;
  }

}
