<?php

declare(strict_types=1);

namespace MijnZaken\Typo3\Tests\Fluid\Fixtures\ViewHelpers\Asset;

use TYPO3Fluid\Fluid\Core\ViewHelper\AbstractTagBasedViewHelper;

/**
 * Stand-in for TYPO3's <f:asset.script> (EXT:fluid, not in standalone Fluid) with the same arguments as
 * TYPO3 13.4's: it records what the template hands to the asset collector. The collector's own work
 * (one tag per identifier, the nonce) is TYPO3's and is checked only in a real TYPO3.
 */
final class ScriptViewHelper extends AbstractTagBasedViewHelper
{
    /** @var list<array{identifier: string, attributes: array<string, string>, useNonce: bool, priority: bool, inline: bool}> */
    public static array $collected = [];

    public function initializeArguments(): void
    {
        parent::initializeArguments();
        $this->registerArgument('async', 'bool', '');
        $this->registerArgument('defer', 'bool', '');
        $this->registerArgument('nomodule', 'bool', '');
        $this->registerArgument('useNonce', 'bool', '', false, false);
        $this->registerArgument('identifier', 'string', '', true);
        $this->registerArgument('priority', 'boolean', '', false, false);
        $this->registerArgument('inline', 'bool', '', false, false);
    }

    public function render(): string
    {
        self::$collected[] = [
            'identifier' => (string)$this->arguments['identifier'],
            'attributes' => $this->tag->getAttributes(),
            'useNonce' => (bool)$this->arguments['useNonce'],
            'priority' => (bool)$this->arguments['priority'],
            'inline' => (bool)$this->arguments['inline'],
            'children' => trim((string)$this->renderChildren()),
        ];
        return '';
    }
}
