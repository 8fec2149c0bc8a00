<?php

declare(strict_types=1);

namespace Drupal\mijn_zaken;

/**
 * Where the element's script comes from: the file shipped in the module, or a configured URL.
 */
final class ScriptLibrary {

  /**
   * The library definition with its script replaced by the configured URL, if there is one.
   *
   * A module script is never aggregated: Drupal's JS aggregates are classic scripts, and the
   * element loads its optional parts relative to its own URL (import.meta.url).
   *
   * @param array<string, mixed> $library
   *   The 'element' library from mijn_zaken.libraries.yml.
   * @param string $scriptUrl
   *   The site setting: '' keeps the shipped file; an absolute URL is external; a path
   *   starting with '/' is a file under the web root (e.g. '/libraries/mijn-zaken/mijn-zaken.js').
   *
   * @return array<string, mixed>
   */
  public static function withScriptUrl(array $library, string $scriptUrl): array {
    $scriptUrl = trim($scriptUrl);
    if ($scriptUrl === '' || ElementAttributes::scriptUrlError($scriptUrl) !== NULL) {
      return $library;
    }
    $options = [
      'minified' => TRUE,
      'preprocess' => FALSE,
      'attributes' => ['type' => 'module'],
    ];
    if (!str_starts_with($scriptUrl, '/')) {
      $options['type'] = 'external';
    }
    $library['js'] = [$scriptUrl => $options];
    return $library;
  }

}
