<?php

declare(strict_types=1);

namespace MijnZaken\Typo3\Tests\Fluid\Fixtures\ViewHelpers;

use TYPO3Fluid\Fluid\Core\ViewHelper\AbstractViewHelper;

/**
 * Stand-in for TYPO3's <f:translate key="LLL:EXT:mijn_zaken/…:id" arguments="…"/>: reads the extension's
 * own XLIFF (Dutch when asked), so a missing label fails the test instead of rendering empty.
 */
final class TranslateViewHelper extends AbstractViewHelper
{
    public static string $language = 'default';

    public function initializeArguments(): void
    {
        $this->registerArgument('key', 'string', '', true);
        $this->registerArgument('arguments', 'array', '', false, []);
    }

    public function render(): string
    {
        if (preg_match('#^LLL:EXT:mijn_zaken/(.+\.xlf):(.+)$#', (string)$this->arguments['key'], $match) !== 1) {
            throw new \RuntimeException('Unexpected label key ' . $this->arguments['key']);
        }
        $file = dirname(__DIR__, 4) . '/' . $match[1];
        if (self::$language !== 'default') {
            $file = dirname($file) . '/' . self::$language . '.' . basename($file);
        }
        $xliff = simplexml_load_file($file);
        foreach ($xliff->file->body->{'trans-unit'} as $unit) {
            if ((string)$unit['id'] === $match[2]) {
                $text = self::$language === 'default' ? (string)$unit->source : (string)$unit->target;
                return vsprintf($text, array_values((array)$this->arguments['arguments']));
            }
        }
        throw new \RuntimeException('Missing label ' . $match[2] . ' in ' . $file);
    }
}
