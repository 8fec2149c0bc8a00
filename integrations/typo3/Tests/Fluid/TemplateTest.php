<?php

declare(strict_types=1);

namespace MijnZaken\Typo3\Tests\Fluid;

use MijnZaken\Typo3\Element\ElementAttributes;
use MijnZaken\Typo3\Element\SiteConfiguration;
use MijnZaken\Typo3\Tests\Fluid\Fixtures\ViewHelpers\Asset\ScriptViewHelper;
use MijnZaken\Typo3\Tests\Fluid\Fixtures\ViewHelpers\TranslateViewHelper;
use PHPUnit\Framework\Attributes\Test;
use PHPUnit\Framework\TestCase;
use TYPO3Fluid\Fluid\View\TemplateView;

/**
 * The extension's templates rendered with standalone typo3fluid/fluid (the engine TYPO3 13 uses), fed
 * exactly what MijnZakenProcessor gives them. Skipped when typo3fluid/fluid is not installed.
 * With MIJN_ZAKEN_RENDER_DIR set, the rendered element HTML is written there for the browser check.
 */
final class TemplateTest extends TestCase
{
    private const EXTENSION = __DIR__ . '/../..';

    protected function setUp(): void
    {
        if (!class_exists(TemplateView::class)) {
            self::markTestSkipped('typo3fluid/fluid is not installed');
        }
        ScriptViewHelper::$collected = [];
        TranslateViewHelper::$language = 'default';
    }

    /** @param array<string, mixed> $record */
    private static function renderElement(array $record, SiteConfiguration $site, string $language = 'nl'): string
    {
        $element = ElementAttributes::fromRecord($record, $site, $language);
        $view = self::view(self::EXTENSION . '/Resources/Private/Templates/MijnZaken.html');
        // The same variables, under the same name (dataProcessing.10.as = mijnZaken), as the processor.
        $view->assign('mijnZaken', [
            'gateway' => $element->gateway,
            'zaak' => $element->zaak,
            'lang' => $element->lang,
            'headingLevel' => $element->headingLevel,
            'script' => $site->script,
        ]);
        $view->assign('data', $record);
        return $view->render();
    }

    private static function view(string $template): TemplateView
    {
        $view = new TemplateView();
        $context = $view->getRenderingContext();
        $context->getViewHelperResolver()->addNamespace('f', 'MijnZaken\\Typo3\\Tests\\Fluid\\Fixtures\\ViewHelpers');
        $context->getTemplatePaths()->setTemplatePathAndFilename($template);
        return $view;
    }

    /** @return list<\DOMElement> */
    private static function elements(string $html, string $tag = '*'): array
    {
        $document = new \DOMDocument();
        $previous = libxml_use_internal_errors(true); // libxml does not know custom elements
        $document->loadHTML('<!DOCTYPE html><html><body>' . $html . '</body></html>', LIBXML_NONET);
        libxml_use_internal_errors($previous);
        return iterator_to_array($document->getElementsByTagName('body')->item(0)->getElementsByTagName($tag), false);
    }

    private static function save(string $name, string $html): void
    {
        $directory = getenv('MIJN_ZAKEN_RENDER_DIR');
        if (is_string($directory) && $directory !== '') {
            file_put_contents($directory . '/' . $name . '.html', $html);
        }
    }

    #[Test]
    public function theOverviewIsExactlyTheContractElementAndNothingElse(): void
    {
        $html = self::renderElement(['tx_mijnzaken_view' => 'overview'], SiteConfiguration::fromSettings(null, null));
        self::save('overview', $html);
        self::assertSame('<mijn-zaken gateway="/api/zgw" lang="nl" heading-level="2"></mijn-zaken>', trim($html));
    }

    #[Test]
    public function oneZaakAddsTheZaakAttribute(): void
    {
        $html = self::renderElement(
            ['tx_mijnzaken_view' => 'zaak', 'tx_mijnzaken_zaak' => 'ZAAK-2026-0000123', 'tx_mijnzaken_heading_level' => 3],
            SiteConfiguration::fromSettings(null, null),
            'en-GB'
        );
        self::save('zaak', $html);
        self::assertSame('<mijn-zaken gateway="/api/zgw" zaak="ZAAK-2026-0000123" lang="en" heading-level="3"></mijn-zaken>', trim($html));
    }

    #[Test]
    public function theScriptGoesToTheAssetCollectorAsAModuleWithTheNonceOncePerIdentifier(): void
    {
        $site = SiteConfiguration::fromSettings(null, null);
        $first = self::renderElement(['tx_mijnzaken_view' => 'overview'], $site);
        $second = self::renderElement(['tx_mijnzaken_view' => 'zaak', 'tx_mijnzaken_zaak' => 'Z-1'], $site);
        self::assertStringNotContainsString('<script', $first . $second);
        self::assertCount(2, ScriptViewHelper::$collected);
        foreach (ScriptViewHelper::$collected as $asset) {
            self::assertSame('mijn-zaken', $asset['identifier'], 'one identifier: the collector keeps one tag per page');
            self::assertSame(['src' => SiteConfiguration::BUNDLED_SCRIPT, 'type' => 'module'], $asset['attributes']);
            self::assertTrue($asset['useNonce']);
            self::assertFalse($asset['inline']);
            self::assertSame('', $asset['children']);
        }
    }

    #[Test]
    public function aCdnScriptLocationIsHandedOverAsConfigured(): void
    {
        self::renderElement([], SiteConfiguration::fromSettings(null, 'https://cdn.gemeente.example/mijn-zaken/mijn-zaken.js'));
        self::assertSame('https://cdn.gemeente.example/mijn-zaken/mijn-zaken.js', ScriptViewHelper::$collected[0]['attributes']['src']);
    }

    #[Test]
    public function hostileValuesStayInsideTheirAttributes(): void
    {
        $zaak = '"><script>alert(1)</script><x y=\'';
        $gateway = '" onmouseover="alert(1)" style="position:fixed" x="';
        $html = self::renderElement(
            ['tx_mijnzaken_view' => 'zaak', 'tx_mijnzaken_zaak' => $zaak],
            SiteConfiguration::fromSettings($gateway, null)
        );
        $all = self::elements($html);
        self::assertCount(1, $all, 'one element, nothing injected: ' . $html);
        self::assertSame('mijn-zaken', $all[0]->tagName);
        self::assertSame($zaak, $all[0]->getAttribute('zaak'));
        self::assertSame(trim($gateway), $all[0]->getAttribute('gateway'));
        self::assertSame(['gateway', 'zaak', 'lang', 'heading-level'], array_map(
            static fn (\DOMAttr $attribute): string => $attribute->name,
            iterator_to_array($all[0]->attributes, false)
        ));
    }

    #[Test]
    public function noInlineScriptNoInlineStyleNoEventHandlerInAnyVariant(): void
    {
        foreach ([['tx_mijnzaken_view' => 'overview'], ['tx_mijnzaken_view' => 'zaak', 'tx_mijnzaken_zaak' => 'ZAAK-1']] as $record) {
            foreach (['nl', 'en', 'fy', 'de'] as $language) {
                $html = self::renderElement($record, SiteConfiguration::fromSettings(null, null), $language);
                self::assertDoesNotMatchRegularExpression('/<script|<style|\sstyle=|\son[a-z]+=/i', $html);
                self::assertCount(1, self::elements($html, 'mijn-zaken'));
            }
        }
    }

    #[Test]
    public function theBackendPreviewSaysWhatTheElementShowsInTheEditorsLanguage(): void
    {
        $view = self::view(self::EXTENSION . '/Resources/Private/Backend/Preview.html');
        $view->assignMultiple(['tx_mijnzaken_view' => 'zaak', 'tx_mijnzaken_zaak' => '<b>ZAAK-1</b>']);
        TranslateViewHelper::$language = 'nl';
        $html = trim($view->render());
        self::assertSame('<p>Toont zaak &lt;b&gt;ZAAK-1&lt;/b&gt;.</p>', $html);

        $view = self::view(self::EXTENSION . '/Resources/Private/Backend/Preview.html');
        $view->assignMultiple(['tx_mijnzaken_view' => 'overview', 'tx_mijnzaken_zaak' => '']);
        TranslateViewHelper::$language = 'default';
        self::assertSame('<p>Shows all zaken of the logged-in resident.</p>', trim($view->render()));
    }
}
