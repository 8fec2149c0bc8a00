<?php

declare(strict_types=1);

namespace Drupal\mijn_zaken\Plugin\Block;

use Drupal\Core\Block\Attribute\Block;
use Drupal\Core\Block\BlockBase;
use Drupal\Core\Cache\Cache;
use Drupal\Core\Cache\CacheableMetadata;
use Drupal\Core\Config\ConfigFactoryInterface;
use Drupal\Core\Form\FormStateInterface;
use Drupal\Core\Plugin\ContainerFactoryPluginInterface;
use Drupal\Core\StringTranslation\TranslatableMarkup;
use Drupal\mijn_zaken\ElementAttributes;
use Symfony\Component\DependencyInjection\ContainerInterface;

/**
 * The "Mijn zaken" block: one <mijn-zaken> element.
 *
 * The markup is the same for every visitor: the element fetches the resident's zaken in the
 * browser, with the resident's gateway session. So the block varies by nothing but its own
 * settings and the site settings, and stays cacheable by the page cache for anonymous pages
 * (no user, session or cookie cache context, permanent max-age).
 */
#[Block(
  id: 'mijn_zaken_block',
  admin_label: new TranslatableMarkup('Mijn zaken'),
  category: new TranslatableMarkup('Mijn zaken'),
)]
final class MijnZakenBlock extends BlockBase implements ContainerFactoryPluginInterface {

  /**
   * @param array<string, mixed> $configuration
   * @param string $plugin_id
   * @param mixed $plugin_definition
   */
  public function __construct(
    array $configuration,
    $plugin_id,
    $plugin_definition,
    private readonly ConfigFactoryInterface $configFactory,
  ) {
    parent::__construct($configuration, $plugin_id, $plugin_definition);
  }

  /**
   * {@inheritdoc}
   *
   * @param array<string, mixed> $configuration
   * @param string $plugin_id
   * @param mixed $plugin_definition
   */
  public static function create(ContainerInterface $container, array $configuration, $plugin_id, $plugin_definition): static {
    return new static($configuration, $plugin_id, $plugin_definition, $container->get('config.factory'));
  }

  /**
   * {@inheritdoc}
   */
  public function defaultConfiguration(): array {
    return [
      'show' => ElementAttributes::SHOW_OVERVIEW,
      'zaak' => '',
      'heading_level' => ElementAttributes::DEFAULT_HEADING_LEVEL,
      'lang' => '',
    ];
  }

  /**
   * {@inheritdoc}
   */
  public function blockForm($form, FormStateInterface $form_state): array {
    $form['show'] = [
      '#type' => 'radios',
      '#title' => $this->t('What to show'),
      '#options' => [
        ElementAttributes::SHOW_OVERVIEW => $this->t('All zaken of the logged-in resident'),
        ElementAttributes::SHOW_ZAAK => $this->t('One zaak'),
      ],
      '#default_value' => $this->configuration['show'],
      '#required' => TRUE,
    ];
    $form['zaak'] = [
      '#type' => 'textfield',
      '#title' => $this->t('Zaaknummer'),
      '#description' => $this->t('The zaaknummer as on the letter (for example ZAAK-2026-0000123), or the zaak UUID. The resident only sees it when it is their own zaak.'),
      '#default_value' => $this->configuration['zaak'],
      '#maxlength' => ElementAttributes::ZAAK_MAX_LENGTH,
      '#states' => [
        'visible' => [':input[name="settings[show]"]' => ['value' => ElementAttributes::SHOW_ZAAK]],
        'required' => [':input[name="settings[show]"]' => ['value' => ElementAttributes::SHOW_ZAAK]],
      ],
    ];
    $form['heading_level'] = [
      '#type' => 'select',
      '#title' => $this->t('Heading level'),
      '#description' => $this->t('Level of the top heading inside the block. Choose one level below the heading above it: 3 when the block title is shown as a level 2 heading.'),
      '#options' => array_combine(range(1, 6), array_map(fn (int $level): TranslatableMarkup => $this->t('Heading @level', ['@level' => $level]), range(1, 6))),
      '#default_value' => $this->configuration['heading_level'],
    ];
    $form['lang'] = [
      '#type' => 'select',
      '#title' => $this->t('Language'),
      '#options' => [
        '' => $this->t('Follows the page'),
        'nl' => $this->t('Dutch'),
        'en' => $this->t('English'),
        'fy' => $this->t('Frisian'),
      ],
      '#default_value' => $this->configuration['lang'],
    ];
    return $form;
  }

  /**
   * {@inheritdoc}
   */
  public function blockValidate($form, FormStateInterface $form_state): void {
    if ($form_state->getValue('show') !== ElementAttributes::SHOW_ZAAK) {
      return;
    }
    $error = ElementAttributes::zaakError(trim((string) $form_state->getValue('zaak')));
    if ($error === 'empty') {
      $form_state->setErrorByName('zaak', $this->t('Fill in the zaaknummer, or choose "All zaken of the logged-in resident".'));
    }
    elseif ($error !== NULL) {
      $form_state->setErrorByName('zaak', $this->t('A zaaknummer has at most @max characters, on one line.', ['@max' => ElementAttributes::ZAAK_MAX_LENGTH]));
    }
  }

  /**
   * {@inheritdoc}
   */
  public function blockSubmit($form, FormStateInterface $form_state): void {
    $show = $form_state->getValue('show') === ElementAttributes::SHOW_ZAAK ? ElementAttributes::SHOW_ZAAK : ElementAttributes::SHOW_OVERVIEW;
    $this->configuration['show'] = $show;
    $this->configuration['zaak'] = $show === ElementAttributes::SHOW_ZAAK ? trim((string) $form_state->getValue('zaak')) : '';
    $this->configuration['heading_level'] = (int) $form_state->getValue('heading_level');
    $this->configuration['lang'] = (string) $form_state->getValue('lang');
  }

  /**
   * {@inheritdoc}
   */
  public function build(): array {
    $settings = $this->configFactory->get('mijn_zaken.settings');
    $build = [];
    try {
      $element = ElementAttributes::fromConfiguration($this->configuration, (string) $settings->get('gateway'));
      $build = [
        '#theme' => 'mijn_zaken',
        '#gateway' => $element->gateway,
        '#zaak' => $element->zaak,
        '#lang' => $element->lang,
        '#heading_level' => $element->headingLevel,
        '#attached' => ['library' => ['mijn_zaken/element']],
      ];
    }
    catch (\InvalidArgumentException) {
      // No usable gateway configured yet: show nothing rather than an element that can only fail.
    }
    // The settings are the only outside input: saving them refreshes every page with the block.
    CacheableMetadata::createFromObject($settings)->applyTo($build);
    return $build;
  }

  /**
   * {@inheritdoc}
   *
   * Nothing per visitor: no 'user', 'session' or 'cookies' context, so one cached copy serves all.
   */
  public function getCacheMaxAge(): int {
    return Cache::PERMANENT;
  }

}
