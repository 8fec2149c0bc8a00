<?php

declare(strict_types=1);

namespace Drupal\Tests\mijn_zaken\Unit;

use Drupal\mijn_zaken\ElementAttributes;
use PHPUnit\Framework\TestCase;

/**
 * The block settings → element attributes rules (CONTRACT 2), numbered by attribute.
 *
 * Plain PHPUnit (no Drupal bootstrap): the class has no Drupal dependency on purpose.
 *
 * @coversDefaultClass \Drupal\mijn_zaken\ElementAttributes
 */
final class ElementAttributesTest extends TestCase {

  public function testOverviewByDefault(): void {
    $element = ElementAttributes::fromConfiguration([], '/api/zgw');
    $this->assertSame(['gateway' => '/api/zgw', 'heading-level' => '2'], $element->toArray());
  }

  public function testOneZaakWithLanguageAndHeadingLevel(): void {
    $element = ElementAttributes::fromConfiguration(
      ['show' => 'zaak', 'zaak' => '  ZAAK-2026-0000123 ', 'heading_level' => 3, 'lang' => 'fy'],
      ' https://mijn.gemeente.example/api/zgw ',
    );
    $this->assertSame([
      'gateway' => 'https://mijn.gemeente.example/api/zgw',
      'zaak' => 'ZAAK-2026-0000123',
      'lang' => 'fy',
      'heading-level' => '3',
    ], $element->toArray());
  }

  public function testZaakIsIgnoredWhenTheOverviewIsChosen(): void {
    $element = ElementAttributes::fromConfiguration(['show' => 'overview', 'zaak' => 'ZAAK-1'], '/api/zgw');
    $this->assertArrayNotHasKey('zaak', $element->toArray());
  }

  /**
   * Hostile text is kept as it is (Twig escapes it); only unusable zaaknummers fall back.
   */
  public function testHostileZaakIsKeptRawForTheTemplateToEscape(): void {
    $hostile = '"><script>x</script>';
    $this->assertSame($hostile, ElementAttributes::fromConfiguration(['show' => 'zaak', 'zaak' => $hostile], '/api/zgw')->zaak);
  }

  /**
   * @return array<string, array{mixed, int}>
   */
  public static function headingLevels(): array {
    return [
      'int 1' => [1, 1], 'int 6' => [6, 6], 'string from a form' => ['4', 4],
      'zero' => [0, 2], 'seven' => [7, 2], 'negative' => [-1, 2], 'float' => [2.5, 2],
      'text' => ['h3', 2], 'null' => [NULL, 2], 'array' => [[3], 2],
    ];
  }

  /**
   * @dataProvider headingLevels
   */
  public function testHeadingLevelIsOneToSixElseTwo(mixed $value, int $expected): void {
    $this->assertSame($expected, ElementAttributes::fromConfiguration(['heading_level' => $value], '/api/zgw')->headingLevel);
  }

  public function testLanguageFollowsThePageUnlessOneOfTheElementsLanguages(): void {
    foreach (['', 'de', 'NL', 'nl-NL', NULL] as $lang) {
      $this->assertNull(ElementAttributes::fromConfiguration(['lang' => $lang], '/api/zgw')->lang, var_export($lang, TRUE));
    }
    foreach (ElementAttributes::LANGUAGES as $lang) {
      $this->assertSame($lang, ElementAttributes::fromConfiguration(['lang' => $lang], '/api/zgw')->lang);
    }
  }

  /**
   * @return array<string, array{string, ?string}>
   */
  public static function zaken(): array {
    return [
      'identificatie' => ['ZAAK-2026-0000123', NULL],
      'uuid' => ['1f3a0f2e-7c1d-4b39-9d2a-6f0d2b8a4c11', NULL],
      'forty characters' => [str_repeat('é', 40), NULL],
      'empty' => ['', 'empty'],
      'forty-one characters' => [str_repeat('A', 41), 'too-long'],
      'line break' => ["ZAAK-1\nZAAK-2", 'control-characters'],
      'NUL' => ["ZAAK\0", 'control-characters'],
      'bidi override' => ["ZAAK\u{202E}1", 'control-characters'],
      'broken UTF-8' => ["ZAAK\xC3", 'control-characters'],
    ];
  }

  /**
   * @dataProvider zaken
   */
  public function testZaakValidation(string $zaak, ?string $error): void {
    $this->assertSame($error, ElementAttributes::zaakError($zaak));
  }

  public function testAnInvalidZaakFallsBackToTheOverview(): void {
    $this->assertNull(ElementAttributes::fromConfiguration(['show' => 'zaak', 'zaak' => "A\nB"], '/api/zgw')->zaak);
  }

  /**
   * @return array<string, array{string, ?string}>
   */
  public static function gateways(): array {
    return [
      'path' => ['/api/zgw', NULL],
      'https' => ['https://mijn.gemeente.example/api/zgw', NULL],
      'http on loopback' => ['http://127.0.0.1:8080/api/zgw', NULL],
      'empty' => ['', 'empty'],
      'relative to the page' => ['api/zgw', 'invalid'],
      'network path' => ['//evil.example/api', 'invalid'],
      'javascript' => ['javascript:alert(1)', 'invalid'],
      'data' => ['data:text/html,x', 'invalid'],
      'ftp' => ['ftp://gemeente.example/zgw', 'scheme'],
      'credentials' => ['https://user:pw@gemeente.example/zgw', 'credentials'],
      'user only' => ['https://user@gemeente.example/zgw', 'credentials'],
      'space' => ['https://gemeente.example/a b', 'invalid'],
      'backslash' => ['/\\evil.example', 'invalid'],
      'line break' => ["/api\n/zgw", 'invalid'],
    ];
  }

  /**
   * @dataProvider gateways
   */
  public function testGatewayValidation(string $gateway, ?string $error): void {
    $this->assertSame($error, ElementAttributes::gatewayError($gateway));
  }

  public function testNoUsableGatewayThrows(): void {
    $this->expectException(\InvalidArgumentException::class);
    ElementAttributes::fromConfiguration([], 'javascript:alert(1)');
  }

  public function testScriptUrlMayBeEmptyButNotBroken(): void {
    $this->assertNull(ElementAttributes::scriptUrlError(''));
    $this->assertNull(ElementAttributes::scriptUrlError('https://cdn.gemeente.example/mijn-zaken/mijn-zaken.js'));
    $this->assertNull(ElementAttributes::scriptUrlError('/libraries/mijn-zaken/mijn-zaken.js'));
    $this->assertSame('invalid', ElementAttributes::scriptUrlError('https://cdn.gemeente.example/mijn-zaken.js#x'));
    $this->assertSame('credentials', ElementAttributes::scriptUrlError('https://a:b@cdn.gemeente.example/mijn-zaken.js'));
    $this->assertSame('invalid', ElementAttributes::scriptUrlError('//cdn.gemeente.example/mijn-zaken.js'));
  }

}
