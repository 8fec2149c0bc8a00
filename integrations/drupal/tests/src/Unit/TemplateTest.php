<?php

declare(strict_types=1);

namespace Drupal\Tests\mijn_zaken\Unit;

use PHPUnit\Framework\TestCase;
use Twig\Environment;
use Twig\Loader\FilesystemLoader;

/**
 * templates/mijn-zaken.html.twig rendered by standalone twig/twig with HTML autoescaping (as
 * Drupal's Twig does): exactly one <mijn-zaken>, attributes escaped, nothing inline.
 */
final class TemplateTest extends TestCase {

  private static function render(array $variables): string {
    $twig = new Environment(new FilesystemLoader(dirname(__DIR__, 3) . '/templates'), ['autoescape' => 'html', 'strict_variables' => FALSE]);
    return $twig->render('mijn-zaken.html.twig', $variables + ['gateway' => '', 'zaak' => NULL, 'lang' => NULL, 'heading_level' => 2]);
  }

  /**
   * Parses the output as a browser would and returns the elements found.
   *
   * @return \DOMElement[]
   */
  private static function elements(string $html): array {
    $document = new \DOMDocument();
    $previous = libxml_use_internal_errors(TRUE);
    $document->loadHTML('<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>' . $html . '</body></html>', LIBXML_NOERROR);
    libxml_use_internal_errors($previous);
    $elements = [];
    foreach ($document->getElementsByTagName('body')->item(0)->getElementsByTagName('*') as $element) {
      $elements[] = $element;
    }
    return $elements;
  }

  /**
   * @return array<string, string>
   */
  private static function attributes(\DOMElement $element): array {
    $attributes = [];
    foreach ($element->attributes as $attribute) {
      $attributes[$attribute->name] = $attribute->value;
    }
    return $attributes;
  }

  public function testOverview(): void {
    $html = trim(self::render(['gateway' => '/api/zgw']));
    $this->assertSame('<mijn-zaken gateway="/api/zgw" heading-level="2"></mijn-zaken>', $html);
  }

  public function testOneZaakInFrisianAtLevelThree(): void {
    $html = trim(self::render(['gateway' => 'https://mijn.gemeente.example/api/zgw', 'zaak' => 'ZAAK-2026-0000123', 'lang' => 'fy', 'heading_level' => 3]));
    $this->assertSame('<mijn-zaken gateway="https://mijn.gemeente.example/api/zgw" zaak="ZAAK-2026-0000123" lang="fy" heading-level="3"></mijn-zaken>', $html);
  }

  /**
   * @return array<string, array{string}>
   */
  public static function hostile(): array {
    return [
      'closing quote and tag' => ['"><script>alert(1)</script>'],
      'single quote' => ["' onmouseover='alert(1)"],
      'event handler' => ['x" onload="alert(1)'],
      'entities' => ['&quot;&lt;&amp;#34;'],
      'twig syntax' => ['{{ 7*7 }}{% if 1 %}x{% endif %}'],
      'style' => ['" style="display:none'],
      'backtick and newline' => ["`\n\t`"],
      'unicode' => ['Zaak ‮ وصف 𝒵'],
    ];
  }

  /**
   * @dataProvider hostile
   */
  public function testHostileValuesStayOneAttributeValueEach(string $value): void {
    $html = self::render(['gateway' => $value, 'zaak' => $value, 'lang' => $value]);
    $elements = self::elements($html);
    $this->assertCount(1, $elements, $html);
    $this->assertSame('mijn-zaken', $elements[0]->tagName);
    $this->assertSame(['gateway' => $value, 'zaak' => $value, 'lang' => $value, 'heading-level' => '2'], self::attributes($elements[0]));
    $this->assertSame('', $elements[0]->textContent);
  }

  public function testNoInlineScriptOrStyle(): void {
    $template = (string) file_get_contents(dirname(__DIR__, 3) . '/templates/mijn-zaken.html.twig');
    $markup = preg_replace('/\{#.*?#\}/s', '', $template);
    $this->assertDoesNotMatchRegularExpression('/<script|<style|\sstyle=|\son[a-z]+=/i', (string) $markup);
    $this->assertSame(1, substr_count((string) $markup, '<mijn-zaken'));
  }

}
