<?php

declare(strict_types=1);

namespace Drupal\Tests\mijn_zaken\Unit;

use Drupal\mijn_zaken\ScriptLibrary;
use PHPUnit\Framework\TestCase;
use Symfony\Component\Yaml\Yaml;

/**
 * The element library: the shipped module script, or the configured URL in its place.
 *
 * @coversDefaultClass \Drupal\mijn_zaken\ScriptLibrary
 */
final class ScriptLibraryTest extends TestCase {

  /**
   * @return array<string, mixed>
   */
  private static function shipped(): array {
    $libraries = Yaml::parseFile(dirname(__DIR__, 3) . '/mijn_zaken.libraries.yml');
    return $libraries['element'];
  }

  public function testTheShippedLibraryIsOneUnaggregatedModuleScript(): void {
    $library = self::shipped();
    $this->assertSame(['js/mijn-zaken.js'], array_keys($library['js']));
    $file = $library['js']['js/mijn-zaken.js'];
    $this->assertSame(['type' => 'module'], $file['attributes']);
    $this->assertFalse($file['preprocess']);
    $this->assertArrayNotHasKey('css', $library, 'the element brings its own styles (constructable stylesheets)');
    $this->assertArrayNotHasKey('dependencies', $library, 'no core/drupal, no jQuery: the element needs nothing else');
  }

  public function testEmptyUrlKeepsTheShippedFile(): void {
    $this->assertSame(self::shipped(), ScriptLibrary::withScriptUrl(self::shipped(), '  '));
  }

  public function testCdnUrlReplacesTheFileAsAnExternalModuleScript(): void {
    $url = 'https://cdn.gemeente.example/mijn-zaken/0.1.0/mijn-zaken.js';
    $library = ScriptLibrary::withScriptUrl(self::shipped(), $url);
    $this->assertSame([$url => ['minified' => TRUE, 'preprocess' => FALSE, 'attributes' => ['type' => 'module'], 'type' => 'external']], $library['js']);
    $this->assertSame('0.1.0', $library['version']);
  }

  public function testPathUnderTheWebRootIsAFileNotExternal(): void {
    $library = ScriptLibrary::withScriptUrl(self::shipped(), '/libraries/mijn-zaken/mijn-zaken.js');
    $this->assertArrayNotHasKey('type', $library['js']['/libraries/mijn-zaken/mijn-zaken.js']);
  }

  public function testAnUnusableUrlKeepsTheShippedFile(): void {
    foreach (['javascript:alert(1)', '//evil.example/x.js', 'https://a:b@cdn.example/x.js'] as $url) {
      $this->assertSame(self::shipped(), ScriptLibrary::withScriptUrl(self::shipped(), $url), $url);
    }
  }

}
